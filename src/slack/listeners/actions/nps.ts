import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { answerSlackSurvey } from "../../../domain/nps/answer-slack-survey.js";
import { detractorName, takeFollowUp } from "../../../domain/nps/follow-up-detractor.js";
import { surveyCopy } from "../../../domain/nps/survey-copy.js";
import { notifyDetractor } from "../../../notify/alert-detractor.js";
import { storedLanguage } from "../../../notify/user-language.js";
import type { Services } from "../../../services.js";
import { notice } from "../../views/change-message.js";
import { npsCommentView, npsOutcomeView } from "../../views/nps-forms.js";
import { npsSurveyMessage } from "../../views/nps-survey-message.js";
import { replier } from "../replier.js";
import { withErrorReply } from "../reply-errors.js";
import { buttonListener } from "./button.js";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
const scoreSchema = z.object({ s: z.number().int().positive(), n: z.number().int().min(0).max(10) });
const responseIdSchema = z.coerce.number().int().positive();

/** A 0-10 button in a survey DM: records the score, then offers the comment modal. */
export const npsScoreButton =
  (services: Services) =>
  async ({ ack, body, action, respond }: Args) => {
    await ack();
    const reply = replier(services, body.user.id, body.response_url ? respond : undefined);
    await withErrorReply(services.logger, reply, async () => {
      const value = scoreSchema.parse(JSON.parse(action.value ?? "null"));
      const outcome = await answerSlackSurvey(services, {
        surveyId: value.s,
        userId: body.user.id,
        score: value.n,
      });
      if (outcome.kind === "unknown" || outcome.kind === "not-yours")
        return reply(notice("This survey is not yours to answer."));
      const copy = surveyCopy(outcome.survey.contact.language);
      if (outcome.kind === "expired") return reply(notice(copy.expiredBody));
      if (outcome.kind === "closed") return reply(notice(copy.closed));
      if (outcome.kind === "stale") return;
      // trigger_id expires 3 s after the click: open the modal before anything else (the
      // detractor alerts post messages, and a 429 on them would outlast the trigger).
      await services.slack.views.open({
        trigger_id: body.trigger_id,
        view: npsCommentView({
          surveyId: outcome.survey.id,
          title: copy.commentTitle,
          label: copy.commentLabel,
          submit: copy.submit,
          initial: outcome.survey.response?.comment ?? null,
          lang: copy.lang,
        }),
      });
      await notifyDetractor(services, outcome.detractor);
      if (body.response_url) {
        await respond({
          replace_original: true,
          ...npsSurveyMessage({
            surveyId: outcome.survey.id,
            contactName: outcome.survey.contact.name,
            language: outcome.survey.contact.language,
            answered: value.n,
          }),
        });
      }
    });
  };

/** "Take it" on a detractor alert. */
export const npsTakeButton = (services: Services) =>
  buttonListener(services, responseIdSchema, async ({ value: responseId, userId, services }) =>
    notifyDetractor(services, await takeFollowUp(services, { responseId, userId })),
  );

/** "Log outcome" on a detractor alert: a form for what came of the follow-up. */
export const npsOutcomeButton = (services: Services) =>
  buttonListener(
    services,
    responseIdSchema,
    async ({ value: responseId, userId, triggerId, reply, services }) => {
      const [who, { lang }] = await Promise.all([
        detractorName(services, responseId),
        storedLanguage(services, userId),
      ]);
      if (!who) return reply(notice("That answer no longer exists."));
      await services.slack.views.open({
        trigger_id: triggerId,
        view: npsOutcomeView({ responseId, who, lang }),
      });
    },
    { opensForm: true },
  );
