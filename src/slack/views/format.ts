import type { DealRow } from "../../db/deals.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import type { FieldChange, TrackedField } from "../../domain/deals/change-request.js";
import { probabilityOf } from "../../domain/deals/staleness.js";
import * as i18n from "../../i18n/format.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { FORECAST_CATEGORY_LABELS, isForecastCategory } from "../../parse/forecast-category.js";
import { escapeMrkdwn } from "../mrkdwn.js";

/** "2026-12-04" → "Fri 4 Dec 2026" (in `lang`: "pe 4.12.2026", "pt., 4 grudnia 2026"). */
export function formatDay(day: string, lang: Lang = "en"): string {
  return i18n.formatDay(lang, day);
}

/** An instant as the reader's wall clock: "Mon 23 Nov 09:05". */
export function formatTime(at: Date, timezone: string, lang: Lang = "en"): string {
  return i18n.formatTime(lang, at, timezone);
}

/** "2026-12" → "December 2026". */
export function formatMonth(month: string, lang: Lang = "en"): string {
  return i18n.formatMonth(lang, month);
}

export const dealTitle = (deal: Pick<DealRow, "id" | "name">) => `*#${deal.id} ${escapeMrkdwn(deal.name)}*`;

export const money = (minor: bigint, currency: string, lang: Lang = "en") =>
  i18n.formatMoney(lang, minor, currency);

/** One line about a deal: "*#12 Acme* · €12,500 · Proposal 50% · closes Fri 4 Dec 2026 · <@U1>". */
export function dealLine(
  deal: DealRow,
  options: { owner?: boolean; stale?: number; lang?: Lang } = {},
): string {
  const lang = options.lang ?? "en";
  const closedOn = deal.closedAt ? formatDay(deal.closedAt.toISOString().slice(0, 10), lang) : "";
  const parts = [
    dealTitle(deal),
    money(deal.amountMinor, deal.currency, lang),
    `${escapeMrkdwn(deal.stage.name)} ${probabilityOf(deal)}%`,
    deal.status === "open"
      ? t(lang, "deal.closes", { date: formatDay(deal.closeOn, lang) })
      : closedOn
        ? t(lang, "deal.closed", { status: deal.status, date: closedOn })
        : t(lang, "deal.closedNoDate", { status: deal.status }),
  ];
  if (options.owner) parts.push(`<@${deal.ownerId}>`);
  if (options.stale !== undefined) parts.push(t(lang, "deal.stale", { days: options.stale }));
  return parts.join(" · ");
}

/** A tracked field's name as people read it: "next step", "seuraava askel". */
export const fieldLabel = (field: TrackedField, lang: Lang = "en") => t(lang, `field.${field}`);

/** A logged value as people read it (escaped for mrkdwn). */
export function formatValue(
  field: TrackedField,
  value: unknown,
  ctx: { catalog: Catalog; currency: string; lang?: Lang },
): string {
  const lang = ctx.lang ?? "en";
  if (value === null || value === undefined || value === "") return "—";
  switch (field) {
    case "amountMinor":
      return money(BigInt(value as string), ctx.currency, lang);
    case "stageId":
      return escapeMrkdwn(
        ctx.catalog.stages.find((s) => s.id === value)?.name ??
          t(lang, "deal.unknownStage", { id: String(value) }),
      );
    case "lossReasonId":
      return escapeMrkdwn(
        ctx.catalog.lossReasons.find((r) => r.id === value)?.label ??
          t(lang, "deal.unknownReason", { id: String(value) }),
      );
    case "closeOn":
    case "nextStepDue":
    case "snoozedUntil":
      return formatDay(String(value), lang);
    case "closedAt":
      return formatDay(String(value).slice(0, 10), lang);
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
  ctx: { catalog: Catalog; currency: string; created?: boolean; lang?: Lang },
): string[] {
  const lang = ctx.lang ?? "en";
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
      if (ctx.created) return t(lang, "change.field", { field: fieldLabel(field, lang), to });
      const from = formatValue(field, change.from, { ...ctx, currency });
      return t(lang, "change.fieldFromTo", { field: fieldLabel(field, lang), from, to });
    });
}
