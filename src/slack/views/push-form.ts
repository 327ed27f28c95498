import type { ModalView } from "@slack/types";
import { DateTime } from "luxon";
import type { DealRow } from "../../db/deals.js";
import { section } from "../blocks.js";
import { type FormMetadata, writeMetadata } from "../forms/metadata.js";
import { DEAL_FORM, VALUE, VIEWS } from "../ids.js";
import { fitInput } from "../mrkdwn.js";
import { dealLine } from "./format.js";

const plain = (text: string) => ({ type: "plain_text" as const, text });

/** "Push…" from a nudge: a date picker for the new expected close date (two weeks later by default). */
export function pushFormView(input: { deal: DealRow; today: string; metadata: FormMetadata }): ModalView {
  const base = input.deal.closeOn > input.today ? input.deal.closeOn : input.today;
  const suggested = DateTime.fromISO(base, { zone: "UTC" }).plus({ weeks: 2 }).toISODate() ?? base;
  return {
    type: "modal",
    callback_id: VIEWS.push,
    private_metadata: writeMetadata(input.metadata),
    title: plain("Push close date"),
    submit: plain("Push"),
    close: plain("Cancel"),
    blocks: [
      section(dealLine(input.deal)),
      {
        type: "input",
        block_id: DEAL_FORM.pushTo,
        label: plain("New expected close date"),
        element: { type: "datepicker", action_id: VALUE, initial_date: suggested },
      },
      {
        type: "input",
        block_id: DEAL_FORM.next,
        optional: true,
        label: plain("Next step"),
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
