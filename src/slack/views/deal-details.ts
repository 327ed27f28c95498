import type { KnownBlock } from "@slack/types";
import type { DealRow, EventRow } from "../../db/deals.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import { probabilityOf, weightedMinor } from "../../domain/deals/staleness.js";
import type { Lang } from "../../i18n/languages.js";
import { translator } from "../../i18n/t.js";
import { actions, button, context, header, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { describeChanges, formatDay, formatTime, money } from "./format.js";
import type { Message } from "./help.js";

/** `/deal show`: all fields of a deal and its latest changes, in the reader's language. */
export function dealDetails(
  deal: DealRow,
  history: EventRow[],
  catalog: Catalog,
  timezone: string,
  lang: Lang = "en",
): Message {
  const tr = translator(lang);
  const day = (d: string) => formatDay(d, lang);
  const closedOn = deal.closedAt ? day(deal.closedAt.toISOString().slice(0, 10)) : "—";
  const step = deal.nextStep ? escapeMrkdwn(deal.nextStep) : "—";
  const reason = escapeMrkdwn(deal.lossReason?.label ?? "—");
  const fields = [
    tr("details.amount", {
      amount: money(deal.amountMinor, deal.currency, lang),
      weighted: money(weightedMinor(deal), deal.currency, lang),
    }),
    tr(deal.probability !== null ? "details.stageOwn" : "details.stage", {
      stage: escapeMrkdwn(deal.stage.name),
      probability: probabilityOf(deal),
    }),
    deal.status === "open"
      ? tr("details.expectedClose", { date: day(deal.closeOn) })
      : tr("details.closed", { date: closedOn }),
    tr("details.owner", { owner: deal.ownerId }),
    tr("details.account", { account: deal.account ? escapeMrkdwn(deal.account.name) : "—" }),
    deal.nextStepDue
      ? tr("details.nextStepDue", { step, due: day(deal.nextStepDue) })
      : tr("details.nextStep", { step }),
  ];
  if (deal.status === "lost") {
    fields.push(
      deal.lossNote
        ? tr("details.lossReasonNote", { reason, note: escapeMrkdwn(deal.lossNote) })
        : tr("details.lossReason", { reason }),
    );
  }
  const blocks: KnownBlock[] = [
    header(`#${deal.id} ${deal.name}`),
    { type: "section", fields: fields.map((text) => ({ type: "mrkdwn", text })) },
  ];
  if (deal.closePushCount > 0) blocks.push(context(tr("details.pushed", { count: deal.closePushCount })));
  blocks.push(
    actions([
      button(tr("details.update.button"), ACTIONS.edit, String(deal.id)),
      button(tr("activity.log.button"), ACTIONS.logActivity, String(deal.id)),
    ]),
  );
  if (history.length > 0) {
    const lines = history.map((event) => {
      const what = describeChanges(event.changes, {
        catalog,
        currency: deal.currency,
        created: event.kind === "created",
        lang,
      });
      const line = {
        time: formatTime(event.at, timezone, lang),
        who: event.actorId ? `<@${event.actorId}>` : "Dealbot",
        source: tr("details.source", { source: event.source }),
        kind: tr("details.kind", { kind: event.kind }),
      };
      return what.length
        ? tr("details.historyLineChanges", { ...line, changes: what.join("; ") })
        : tr("details.historyLine", line);
    });
    blocks.push(section(tr("details.history", { lines: lines.join("\n") })));
  }
  return { text: `#${deal.id} ${escapeMrkdwn(deal.name)}`, blocks };
}
