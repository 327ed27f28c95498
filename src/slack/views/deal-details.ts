import type { KnownBlock } from "@slack/types";
import type { DealRow, EventRow } from "../../db/deals.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import { probabilityOf, weightedMinor } from "../../domain/deals/staleness.js";
import { t } from "../../i18n/t.js";
import { plural } from "../../plural.js";
import { actions, button, context, header, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { describeChanges, formatDay, formatTime, money } from "./format.js";
import type { Message } from "./help.js";

const SOURCES: Record<string, string> = {
  command: "/deal",
  modal: "form",
  button: "button",
  job: "Dealbot",
  import: "import",
  system: "Dealbot",
};

/** `/deal show`: all fields of a deal and its latest changes. */
export function dealDetails(deal: DealRow, history: EventRow[], catalog: Catalog, timezone: string): Message {
  const fields = [
    `*Amount*\n${money(deal.amountMinor, deal.currency)} (weighted ${money(weightedMinor(deal), deal.currency)})`,
    `*Stage*\n${escapeMrkdwn(deal.stage.name)} · ${probabilityOf(deal)}%${deal.probability !== null ? " (set on the deal)" : ""}`,
    `*${deal.status === "open" ? "Expected close" : "Closed"}*\n${deal.status === "open" ? formatDay(deal.closeOn) : deal.closedAt ? formatDay(deal.closedAt.toISOString().slice(0, 10)) : "—"}`,
    `*Owner*\n<@${deal.ownerId}>`,
    `*Account*\n${deal.account ? escapeMrkdwn(deal.account.name) : "—"}`,
    `*Next step*\n${deal.nextStep ? escapeMrkdwn(deal.nextStep) : "—"}${deal.nextStepDue ? ` (by ${formatDay(deal.nextStepDue)})` : ""}`,
  ];
  if (deal.status === "lost") {
    fields.push(
      `*Loss reason*\n${escapeMrkdwn(deal.lossReason?.label ?? "—")}${deal.lossNote ? `: ${escapeMrkdwn(deal.lossNote)}` : ""}`,
    );
  }
  const blocks: KnownBlock[] = [
    header(`#${deal.id} ${deal.name}`),
    { type: "section", fields: fields.map((text) => ({ type: "mrkdwn", text })) },
  ];
  if (deal.closePushCount > 0)
    blocks.push(context(`Close date pushed ${plural(deal.closePushCount, "time")}.`));
  blocks.push(
    actions([
      button("Update", ACTIONS.edit, String(deal.id)),
      button(t("en", "activity.log.button"), ACTIONS.logActivity, String(deal.id)),
    ]),
  );
  if (history.length > 0) {
    const lines = history.map((event) => {
      const what = describeChanges(event.changes, {
        catalog,
        currency: deal.currency,
        created: event.kind === "created",
      });
      const who = event.actorId ? `<@${event.actorId}>` : "Dealbot";
      return `• ${formatTime(event.at, timezone)} · ${who} via ${SOURCES[event.source] ?? event.source} · *${event.kind}*${what.length ? `: ${what.join("; ")}` : ""}`;
    });
    blocks.push(section(`*Recent history*\n${lines.join("\n")}`));
  }
  return { text: `#${deal.id} ${escapeMrkdwn(deal.name)}`, blocks };
}
