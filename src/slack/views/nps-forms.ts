import type { ModalView } from "@slack/types";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { NPS_FORM, NPS_VIEWS, VALUE } from "../ids.js";
import { LIMITS } from "../limits.js";
import { fitInput } from "../mrkdwn.js";

const plain = (text: string, max: number) => ({
  type: "plain_text" as const,
  text: text.length <= max ? text : `${text.slice(0, max - 1)}…`,
});

/** The optional comment after a score button, in the contact's language. */
export function npsCommentView(input: {
  surveyId: number;
  title: string;
  label: string;
  submit: string;
  initial: string | null;
  /** The contact's language, which the form's error messages then use too. */
  lang?: Lang;
}): ModalView {
  return {
    type: "modal",
    callback_id: NPS_VIEWS.comment,
    private_metadata: JSON.stringify({ s: input.surveyId, ...(input.lang ? { l: input.lang } : {}) }),
    title: plain(input.title, LIMITS.modalTitle),
    submit: plain(input.submit, LIMITS.modalButton),
    blocks: [
      {
        type: "input",
        block_id: NPS_FORM.comment,
        optional: true,
        label: plain(input.label, 2000),
        element: {
          type: "plain_text_input",
          action_id: VALUE,
          multiline: true,
          max_length: 2000,
          ...(input.initial ? { initial_value: fitInput(input.initial, 2000) } : {}),
        },
      },
    ],
  };
}

/** "Log outcome" of a detractor follow-up: what was done; saving closes the follow-up. */
export function npsOutcomeView(input: { responseId: number; who: string; lang?: Lang }): ModalView {
  const lang = input.lang ?? "en";
  return {
    type: "modal",
    callback_id: NPS_VIEWS.outcome,
    private_metadata: JSON.stringify({ r: input.responseId }),
    title: plain(t(lang, "form.nps.outcome.title"), LIMITS.modalTitle),
    submit: plain(t(lang, "form.nps.outcome.submit"), LIMITS.modalButton),
    blocks: [
      {
        type: "input",
        block_id: NPS_FORM.outcome,
        label: plain(t(lang, "form.nps.outcome.label", { who: input.who }), 2000),
        element: { type: "plain_text_input", action_id: VALUE, multiline: true, max_length: 1000 },
      },
    ],
  };
}
