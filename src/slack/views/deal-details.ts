import type { KnownBlock } from "@slack/types";
import type { DealRow, EventRow } from "../../db/deals.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import { probabilityOf, weightedMinor } from "../../domain/deals/staleness.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { actions, button, context, header, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { describeChanges, formatDay, formatTime, money } from "./format.js";
import type { Message } from "./help.js";

const SOURCES = ["command", "modal", "button", "import"];
const KINDS = ["created", "updated", "confirmed", "won", "lost", "reopened", "snoozed", "undone"];

/** `/deal show`: all fields of a deal and its latest changes, in the reader's language. */
export function dealDetails(
  deal: DealRow,
  history: EventRow[],
  catalog: Catalog,
  timezone: string,
  lang: Lang = "en",
): Message {
  const day = (iso: string) => formatDay(iso, lang);
  const none = "—";
  const stage = { stage: escapeMrkdwn(deal.stage.name), probability: String(probabilityOf(deal)) };
  const closedOn = deal.closedAt ? day(deal.closedAt.toISOString().slice(0, 10)) : none;
  const step = deal.nextStep ? escapeMrkdwn(deal.nextStep) : none;
  const fields = [
    t(lang, "reply.show.amount", {
      amount: money(deal.amountMinor, deal.currency, lang),
      weighted: money(weightedMinor(deal), deal.currency, lang),
    }),
    t(lang, deal.probability !== null ? "reply.show.stageSet" : "reply.show.stage", stage),
    deal.status === "open"
      ? t(lang, "reply.show.expectedClose", { date: day(deal.closeOn) })
      : t(lang, "reply.show.closed", { date: closedOn }),
    t(lang, "reply.show.owner", { owner: deal.ownerId }),
    t(lang, "reply.show.account", { account: deal.account ? escapeMrkdwn(deal.account.name) : none }),
    deal.nextStepDue
      ? t(lang, "reply.show.nextStepBy", { step, date: day(deal.nextStepDue) })
      : t(lang, "reply.show.nextStep", { step }),
  ];
  if (deal.status === "lost") {
    const reason = escapeMrkdwn(deal.lossReason?.label ?? none);
    fields.push(
      deal.lossNote
        ? t(lang, "reply.show.lossReasonNote", { reason, note: escapeMrkdwn(deal.lossNote) })
        : t(lang, "reply.show.lossReason", { reason }),
    );
  }
  const blocks: KnownBlock[] = [
    header(`#${deal.id} ${deal.name}`),
    { type: "section", fields: fields.map((text) => ({ type: "mrkdwn", text })) },
  ];
  if (deal.closePushCount > 0)
    blocks.push(context(t(lang, "reply.show.pushed", { count: deal.closePushCount })));
  blocks.push(
    actions([
      button(t(lang, "home.update.button"), ACTIONS.edit, String(deal.id)),
      button(t(lang, "activity.log.button"), ACTIONS.logActivity, String(deal.id)),
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
      const values = {
        time: formatTime(event.at, timezone, lang),
        who: event.actorId ? `<@${event.actorId}>` : "Dealbot",
        source: SOURCES.includes(event.source) ? event.source : "dealbot",
        kind: KINDS.includes(event.kind) ? event.kind : "other",
      };
      return what.length
        ? t(lang, "reply.show.eventChanges", { ...values, changes: what.join("; ") })
        : t(lang, "reply.show.event", values);
    });
    blocks.push(section(t(lang, "reply.show.history", { lines: lines.join("\n") })));
  }
  return { text: `#${deal.id} ${escapeMrkdwn(deal.name)}`, blocks };
}
