import { DateTime } from "luxon";
import type { DealRow } from "../../db/deals.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import type { FieldChange, TrackedField } from "../../domain/deals/change-request.js";
import { probabilityOf } from "../../domain/deals/staleness.js";
import { formatAmount } from "../../parse/amount.js";
import { FORECAST_CATEGORY_LABELS, isForecastCategory } from "../../parse/forecast-category.js";
import { escapeMrkdwn } from "../mrkdwn.js";

/** "2026-12-04" → "Fri 4 Dec 2026". */
export function formatDay(day: string): string {
  const d = DateTime.fromISO(day, { zone: "UTC" });
  return d.isValid ? d.toFormat("ccc d LLL yyyy") : day;
}

/** An instant as the reader's wall clock: "Mon 23 Nov 09:05". */
export function formatTime(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toFormat("ccc d LLL HH:mm");
}

/** "2026-12" → "December 2026". */
export function formatMonth(month: string): string {
  const d = DateTime.fromISO(`${month}-01`, { zone: "UTC" });
  return d.isValid ? d.toFormat("LLLL yyyy") : month;
}

export const dealTitle = (deal: Pick<DealRow, "id" | "name">) => `*#${deal.id} ${escapeMrkdwn(deal.name)}*`;

export const money = (minor: bigint, currency: string) => formatAmount(minor, currency);

/** One line about a deal: "*#12 Acme* · €12,500 · Proposal 50% · closes Fri 4 Dec 2026 · <@U1>". */
export function dealLine(deal: DealRow, options: { owner?: boolean; stale?: number } = {}): string {
  const parts = [
    dealTitle(deal),
    money(deal.amountMinor, deal.currency),
    `${escapeMrkdwn(deal.stage.name)} ${probabilityOf(deal)}%`,
    deal.status === "open"
      ? `closes ${formatDay(deal.closeOn)}`
      : `${deal.status} ${deal.closedAt ? formatDay(deal.closedAt.toISOString().slice(0, 10)) : ""}`.trim(),
  ];
  if (options.owner) parts.push(`<@${deal.ownerId}>`);
  if (options.stale !== undefined) parts.push(`:hourglass: no update for ${options.stale} days`);
  return parts.join(" · ");
}

export const FIELD_LABELS: Record<TrackedField, string> = {
  name: "name",
  account: "account",
  amountMinor: "amount",
  currency: "currency",
  stageId: "stage",
  closeOn: "close",
  nextStep: "next step",
  nextStepDue: "next step due",
  ownerId: "owner",
  probability: "probability",
  status: "status",
  lossReasonId: "loss reason",
  lossNote: "loss note",
  closedAt: "closed",
  snoozedUntil: "snoozed until",
  snoozeReason: "snooze reason",
  forecastCategory: "forecast",
};

/** A logged value as people read it (escaped for mrkdwn). */
export function formatValue(
  field: TrackedField,
  value: unknown,
  ctx: { catalog: Catalog; currency: string },
): string {
  if (value === null || value === undefined || value === "") return "—";
  switch (field) {
    case "amountMinor":
      return money(BigInt(value as string), ctx.currency);
    case "stageId":
      return escapeMrkdwn(ctx.catalog.stages.find((s) => s.id === value)?.name ?? `stage ${value}`);
    case "lossReasonId":
      return escapeMrkdwn(ctx.catalog.lossReasons.find((r) => r.id === value)?.label ?? `reason ${value}`);
    case "closeOn":
    case "nextStepDue":
    case "snoozedUntil":
      return formatDay(String(value));
    case "closedAt":
      return formatDay(String(value).slice(0, 10));
    case "ownerId":
      return `<@${value}>`;
    case "probability":
      return `${value}%`;
    case "forecastCategory":
      return isForecastCategory(value) ? FORECAST_CATEGORY_LABELS[value] : escapeMrkdwn(String(value));
    default:
      return escapeMrkdwn(String(value));
  }
}

/** "stage: Proposal → Negotiation", for each change worth showing. */
export function describeChanges(
  changes: Partial<Record<TrackedField, FieldChange>>,
  ctx: { catalog: Catalog; currency: string; created?: boolean },
): string[] {
  const hidden: TrackedField[] = ["closedAt", "status"];
  return (Object.entries(changes) as [TrackedField, FieldChange][])
    .filter(([field]) => !hidden.includes(field) && !(field === "currency" && changes.amountMinor))
    .map(([field, change]) => {
      const currency =
        field === "amountMinor"
          ? String(changes.currency?.[ctx.created ? "to" : "from"] ?? ctx.currency)
          : ctx.currency;
      const to = formatValue(field, change.to, {
        ...ctx,
        currency: field === "amountMinor" ? String(changes.currency?.to ?? ctx.currency) : ctx.currency,
      });
      if (ctx.created) return `${FIELD_LABELS[field]}: ${to}`;
      return `${FIELD_LABELS[field]}: ${formatValue(field, change.from, { ...ctx, currency })} → ${to}`;
    });
}
