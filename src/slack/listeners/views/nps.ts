import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { commentSlackSurvey } from "../../../domain/nps/answer-slack-survey.js";
import { logFollowUpOutcome } from "../../../domain/nps/follow-up-detractor.js";
import { notifyDetractor } from "../../../notify/alert-detractor.js";
import { stripControls } from "../../../parse/clean-text.js";
import type { Services } from "../../../services.js";
import { NPS_FORM, VALUE } from "../../ids.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
const surveyMeta = z.object({ s: z.number().int().positive() });
const responseMeta = z.object({ r: z.number().int().positive() });

const textOf = (args: Args, blockId: string) =>
  stripControls(args.view.state.values[blockId]?.[VALUE]?.value ?? "").trim();

/** The comment modal of a Slack survey. */
export const npsCommentSubmitted = (services: Services) => async (args: Args) => {
  const { s } = surveyMeta.parse(JSON.parse(args.view.private_metadata));
  const outcome = await commentSlackSurvey(services, {
    surveyId: s,
    userId: args.body.user.id,
    comment: textOf(args, NPS_FORM.comment) || null,
  });
  if (outcome.kind !== "saved")
    return args.ack({
      response_action: "errors",
      errors: {
        [NPS_FORM.comment]:
          outcome.kind === "closed" ? "This answer can no longer be changed." : "Not your survey.",
      },
    });
  await notifyDetractor(services, outcome.detractor);
  await args.ack({ response_action: "clear" });
};

/** "Log outcome" form: closes the follow-up. */
export const npsOutcomeSubmitted = (services: Services) => async (args: Args) => {
  const { r } = responseMeta.parse(JSON.parse(args.view.private_metadata));
  const outcome = textOf(args, NPS_FORM.outcome);
  if (!outcome)
    return args.ack({
      response_action: "errors",
      errors: { [NPS_FORM.outcome]: "Say what came of the follow-up." },
    });
  const refresh = await logFollowUpOutcome(services, { responseId: r, userId: args.body.user.id, outcome });
  if (!refresh)
    return args.ack({
      response_action: "errors",
      errors: { [NPS_FORM.outcome]: "This follow-up is already closed." },
    });
  await notifyDetractor(services, refresh);
  await args.ack({ response_action: "clear" });
};
