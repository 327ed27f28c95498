import type { ModalView } from "@slack/types";
import type { LossReasonRow } from "../../db/catalog.js";
import type { DealRow } from "../../db/deals.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { section } from "../blocks.js";
import { type FormMetadata, writeMetadata } from "../forms/metadata.js";
import { DEAL_FORM, VALUE, VIEWS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { fitInput } from "../mrkdwn.js";
import { dealLine } from "./format.js";

const plain = (text: string) => ({ type: "plain_text" as const, text: text.slice(0, LIMITS.optionText) });

/** "Why was it lost?": the team's reasons as a picker, and an optional note. */
export function lostFormView(input: {
  deal: DealRow;
  reasons: LossReasonRow[];
  note?: string | undefined;
  metadata: FormMetadata;
  lang?: Lang;
}): ModalView {
  const lang = input.lang ?? "en";
  return {
    type: "modal",
    callback_id: VIEWS.lost,
    private_metadata: writeMetadata(input.metadata),
    title: plain(t(lang, "lostForm.title")),
    submit: plain(t(lang, "lostForm.submit")),
    close: plain(t(lang, "lostForm.close")),
    blocks: [
      section(dealLine(input.deal, { lang })),
      {
        type: "input",
        block_id: DEAL_FORM.lossReason,
        label: plain(t(lang, "lostForm.reason.label")),
        element: {
          type: "static_select",
          action_id: VALUE,
          placeholder: plain(t(lang, "lostForm.reason.placeholder")),
          options: input.reasons
            .slice(0, LIMITS.optionsPerSelect)
            .map((r) => ({ text: plain(r.label), value: String(r.id) })),
        },
      },
      {
        type: "input",
        block_id: DEAL_FORM.lossNote,
        optional: true,
        label: plain(t(lang, "lostForm.note.label")),
        element: {
          type: "plain_text_input",
          action_id: VALUE,
          multiline: true,
          max_length: 1000,
          ...(input.note ? { initial_value: fitInput(input.note, 1000) } : {}),
          placeholder: plain(t(lang, "lostForm.note.placeholder")),
        },
      },
    ],
  };
}
