import type { ModalView } from "@slack/types";
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
}): ModalView {
  return {
    type: "modal",
    callback_id: NPS_VIEWS.comment,
    private_metadata: JSON.stringify({ s: input.surveyId }),
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
export function npsOutcomeView(input: { responseId: number; who: string }): ModalView {
  return {
    type: "modal",
    callback_id: NPS_VIEWS.outcome,
    private_metadata: JSON.stringify({ r: input.responseId }),
    title: plain("Detractor follow-up", LIMITS.modalTitle),
    submit: plain("Close follow-up", LIMITS.modalButton),
    blocks: [
      {
        type: "input",
        block_id: NPS_FORM.outcome,
        label: plain(`What came of the follow-up with ${input.who}?`, 2000),
        element: { type: "plain_text_input", action_id: VALUE, multiline: true, max_length: 1000 },
      },
    ],
  };
}
