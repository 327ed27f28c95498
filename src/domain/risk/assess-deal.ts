import type { DealRow } from "../../db/deals.js";
import type { AmountChange } from "../../db/risk.js";
import { formatAmount } from "../../parse/amount.js";
import { probabilityOf } from "../deals/staleness.js";

export interface RiskSignal {
  code:
    | "stale"
    | "pushed"
    | "early-stage"
    | "no-next-step"
    | "next-step-overdue"
    | "amount-changed"
    | "quiet-since-nudge"
    | "past-due";
  weight: number;
  text: string;
  /** What the sentence says, unformatted (ISO days, minor units), to word it in any language. */
  values: Record<string, string | number>;
}

export interface Assessment {
  score: number;
  flagged: boolean;
  signals: RiskSignal[];
}

/** A deal is flagged at this score: one strong signal, or two weak ones. */
export const FLAG_SCORE = 2;
const STALE_DAYS = 7;
const AMOUNT_WINDOW_DAYS = 7;
const DAY_MS = 24 * 3600_000;

const dayWithYear = (d: string) =>
  new Date(`${d}T00:00:00Z`)
    .toLocaleDateString("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    })
    .replace(",", ""); // "Fri 16 Oct 2026", like the other dates

const day = (d: string) => {
  const date = new Date(`${d}T00:00:00Z`);
  return date.toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
};

/**
 * Why a deal expected to close this month may slip: each signal that holds,
 * with its weight and a sentence. Pure: everything it needs is passed in.
 * A deal whose close date fell in an earlier month than `monthFirstDay` and is
 * still open is "past due since <date>".
 */
export function assessDeal(
  deal: DealRow,
  facts: {
    now: Date;
    today: string;
    probabilityThreshold: number;
    amountChange: AmountChange | undefined;
    lastNudge: { sentAt: Date; dealIds: number[] } | undefined;
    /** The first day of the month assessed ("2026-11-01"). */
    monthFirstDay?: string;
  },
): Assessment {
  const signals: RiskSignal[] = [];
  // Still open after its own close date: the strongest sign it will not close as planned.
  if (deal.status === "open" && facts.monthFirstDay && deal.closeOn < facts.monthFirstDay) {
    signals.push({
      code: "past-due",
      weight: 3,
      text: `past due since ${dayWithYear(deal.closeOn)}`,
      values: { date: deal.closeOn, earlierMonth: 1 },
    });
  } else if (deal.status === "open" && deal.closeOn < facts.today) {
    signals.push({
      code: "past-due",
      weight: 3,
      text: `close date ${day(deal.closeOn)} has passed`,
      values: { date: deal.closeOn },
    });
  }
  const idleDays = Math.floor((facts.now.getTime() - deal.lastActivityAt.getTime()) / DAY_MS);
  if (idleDays >= STALE_DAYS) {
    signals.push({
      code: "stale",
      weight: 2,
      text: `no update or confirmation for ${idleDays} days`,
      values: { days: idleDays },
    });
  }
  if (deal.closePushCount > 0) {
    signals.push({
      code: "pushed",
      weight: deal.closePushCount > 1 ? 3 : 2,
      text: `close date already pushed ${deal.closePushCount === 1 ? "once" : `${deal.closePushCount} times`}`,
      values: { count: deal.closePushCount },
    });
  }
  const probability = probabilityOf(deal);
  if (probability < facts.probabilityThreshold) {
    signals.push({
      code: "early-stage",
      weight: 2,
      text: `still in ${deal.stage.name} (${probability}%)`,
      values: { stage: deal.stage.name, probability },
    });
  }
  if (!deal.nextStep) {
    signals.push({ code: "no-next-step", weight: 1, text: "no next step", values: {} });
  } else if (deal.nextStepDue && deal.nextStepDue < facts.today) {
    signals.push({
      code: "next-step-overdue",
      weight: 2,
      text: `next step overdue since ${day(deal.nextStepDue)}`,
      values: { date: deal.nextStepDue },
    });
  }
  const change = facts.amountChange;
  if (change && facts.now.getTime() - change.at.getTime() <= AMOUNT_WINDOW_DAYS * DAY_MS) {
    const from = change.from === null ? "—" : formatAmount(BigInt(change.from), deal.currency);
    const to = change.to === null ? "—" : formatAmount(BigInt(change.to), deal.currency);
    signals.push({
      code: "amount-changed",
      weight: 1,
      text: `amount changed in the last 7 days (${from} → ${to})`,
      values: { from: change.from ?? "", to: change.to ?? "", currency: deal.currency },
    });
  }
  const nudge = facts.lastNudge;
  if (nudge?.dealIds.includes(deal.id) && deal.lastActivityAt < nudge.sentAt) {
    signals.push({
      code: "quiet-since-nudge",
      weight: 1,
      text: `no activity since the nudge of ${day(nudge.sentAt.toISOString().slice(0, 10))}`,
      values: { date: nudge.sentAt.toISOString().slice(0, 10) },
    });
  }
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  return { score, flagged: score >= FLAG_SCORE, signals };
}
