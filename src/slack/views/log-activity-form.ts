import type { ModalView, PlainTextOption } from "@slack/types";
import type { ActivityType } from "../../db/activities.js";
import type { DealRow } from "../../db/deals.js";
import { ACTIVITY_TYPES } from "../../domain/activities/activity-stats.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { section } from "../blocks.js";
import { type FormMetadata, writeMetadata } from "../forms/metadata.js";
import { LOG_FORM, VALUE, VIEWS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { dealLine } from "./format.js";

const plain = (text: string, max: number = LIMITS.optionText) => ({
  type: "plain_text" as const,
  text: text.length <= max ? text : `${text.slice(0, max - 1)}…`,
});
const option = (text: string, value: string): PlainTextOption => ({ text: plain(text), value });

export const activityTypeName = (lang: Lang, type: ActivityType) => t(lang, `activity.type.${type}.option`);

/**
 * "Log activity": what was done (call, meeting, email, demo, task), its direction
 * where it applies, and a note. Opened from a deal (`deal`, kept in the metadata)
 * or from the Home tab, where it asks which of the person's open deals (`choices`).
 */
export function logActivityFormView(input: {
  lang: Lang;
  deal?: DealRow;
  choices?: DealRow[];
  metadata: FormMetadata;
}): ModalView {
  const { lang } = input;
  const dealBlock = input.deal
    ? section(dealLine(input.deal, { lang }))
    : {
        type: "input" as const,
        block_id: LOG_FORM.deal,
        label: plain(t(lang, "activity.form.deal.label"), 2000),
        element: {
          type: "static_select" as const,
          action_id: VALUE,
          placeholder: plain(t(lang, "activity.form.deal.placeholder"), 150),
          options: (input.choices ?? [])
            .slice(0, LIMITS.optionsPerSelect)
            .map((d) => option(`#${d.id} ${d.name}`, String(d.id))),
        },
      };
  return {
    type: "modal",
    callback_id: VIEWS.logActivity,
    private_metadata: writeMetadata(
      input.deal ? { ...input.metadata, dealId: input.deal.id } : input.metadata,
    ),
    title: plain(t(lang, "activity.form.title"), LIMITS.modalTitle),
    submit: plain(t(lang, "activity.form.submit"), LIMITS.modalButton),
    close: plain(t(lang, "activity.form.close"), LIMITS.modalButton),
    blocks: [
      dealBlock,
      {
        type: "input",
        block_id: LOG_FORM.type,
        label: plain(t(lang, "activity.form.type.label"), 2000),
        element: {
          type: "radio_buttons",
          action_id: VALUE,
          initial_option: option(activityTypeName(lang, "call"), "call"),
          options: ACTIVITY_TYPES.map((type) => option(activityTypeName(lang, type), type)),
        },
      },
      {
        type: "input",
        block_id: LOG_FORM.direction,
        optional: true,
        label: plain(t(lang, "activity.form.direction.label"), 2000),
        element: {
          type: "radio_buttons",
          action_id: VALUE,
          options: [
            option(t(lang, "activity.direction.out.option"), "out"),
            option(t(lang, "activity.direction.in.option"), "in"),
          ],
        },
      },
      {
        type: "input",
        block_id: LOG_FORM.note,
        optional: true,
        label: plain(t(lang, "activity.form.note.label"), 2000),
        element: {
          type: "plain_text_input",
          action_id: VALUE,
          multiline: true,
          max_length: 2000,
          placeholder: plain(t(lang, "activity.form.note.placeholder"), 150),
        },
      },
    ],
  };
}
