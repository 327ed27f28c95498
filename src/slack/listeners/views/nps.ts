import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { commentSlackSurvey } from "../../../domain/nps/answer-slack-survey.js";
import { logFollowUpOutcome } from "../../../domain/nps/follow-up-detractor.js";
import { languageOf } from "../../../i18n/languages.js";
import { t } from "../../../i18n/t.js";
import { notifyDetractor } from "../../../notify/alert-detractor.js";
import { storedLanguage } from "../../../notify/user-language.js";
import { stripControls } from "../../../parse/clean-text.js";
import type { Services } from "../../../services.js";
import { NPS_FORM, VALUE } from "../../ids.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
const surveyMeta = z.object({ s: z.number().int().positive(), l: z.string().optional() });
const responseMeta = z.object({ r: z.number().int().positive() });

const textOf = (args: Args, blockId: string) =>
  stripControls(args.view.state.values[blockId]?.[VALUE]?.value ?? "").trim();

/** The comment modal of a Slack survey. */
export const npsCommentSubmitted = (services: Services) => async (args: Args) => {
  const { s, l } = surveyMeta.parse(JSON.parse(args.view.private_metadata));
  const outcome = await commentSlackSurvey(services, {
    surveyId: s,
    userId: args.body.user.id,
    comment: textOf(args, NPS_FORM.comment) || null,
  });
  if (outcome.kind !== "saved") {
    // The contact's language (the form's own); a form opened before it was stored: the person's.
    const lang = languageOf(l) ?? (await storedLanguage(services, args.body.user.id)).lang;
    return args.ack({
      response_action: "errors",
      errors: {
        [NPS_FORM.comment]: t(lang, outcome.kind === "closed" ? "form.nps.closed" : "form.nps.notYours"),
      },
    });
  }
  await notifyDetractor(services, outcome.detractor);
  await args.ack({ response_action: "clear" });
};

/** "Log outcome" form: closes the follow-up. */
export const npsOutcomeSubmitted = (services: Services) => async (args: Args) => {
  const { r } = responseMeta.parse(JSON.parse(args.view.private_metadata));
  const outcome = textOf(args, NPS_FORM.outcome);
  const { lang } = await storedLanguage(services, args.body.user.id);
  if (!outcome)
    return args.ack({
      response_action: "errors",
      errors: { [NPS_FORM.outcome]: t(lang, "form.nps.outcome.missing") },
    });
  const refresh = await logFollowUpOutcome(services, { responseId: r, userId: args.body.user.id, outcome });
  if (!refresh)
    return args.ack({
      response_action: "errors",
      errors: { [NPS_FORM.outcome]: t(lang, "form.nps.outcome.closed") },
    });
  await notifyDetractor(services, refresh);
  await args.ack({ response_action: "clear" });
};
