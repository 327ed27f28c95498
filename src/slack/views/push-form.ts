import type { ModalView } from "@slack/types";
import { DateTime } from "luxon";
import type { DealRow } from "../../db/deals.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { section } from "../blocks.js";
import { type FormMetadata, writeMetadata } from "../forms/metadata.js";
import { DEAL_FORM, VALUE, VIEWS } from "../ids.js";
import { fitInput } from "../mrkdwn.js";
import { dealLine } from "./format.js";

const plain = (text: string) => ({ type: "plain_text" as const, text });

/** "Push…" from a nudge: a date picker for the new expected close date (two weeks later by default). */
export function pushFormView(input: {
  deal: DealRow;
  today: string;
  metadata: FormMetadata;
  lang?: Lang;
}): ModalView {
  const lang = input.lang ?? "en";
  const base = input.deal.closeOn > input.today ? input.deal.closeOn : input.today;
  const suggested = DateTime.fromISO(base, { zone: "UTC" }).plus({ weeks: 2 }).toISODate() ?? base;
  return {
    type: "modal",
    callback_id: VIEWS.push,
    private_metadata: writeMetadata(input.metadata),
    title: plain(t(lang, "pushForm.title")),
    submit: plain(t(lang, "pushForm.submit")),
    close: plain(t(lang, "pushForm.close")),
    blocks: [
      section(dealLine(input.deal, { lang })),
      {
        type: "input",
        block_id: DEAL_FORM.pushTo,
        label: plain(t(lang, "pushForm.date.label")),
        element: { type: "datepicker", action_id: VALUE, initial_date: suggested },
      },
      {
        type: "input",
        block_id: DEAL_FORM.next,
        optional: true,
        label: plain(t(lang, "pushForm.next.label")),
        element: {
          type: "plain_text_input",
          action_id: VALUE,
          max_length: 1000,
          ...(input.deal.nextStep ? { initial_value: fitInput(input.deal.nextStep, 1000) } : {}),
        },
      },
    ],
  };
}
