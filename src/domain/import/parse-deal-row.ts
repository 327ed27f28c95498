import type { LossReasonRow, StageRow } from "../../db/catalog.js";
import type { StageKind } from "../../db/client.js";
import { renderProblem } from "../../i18n/problem.js";
import { parseAmount } from "../../parse/amount.js";
import { resolveCurrency } from "../../parse/currency.js";
import { parseProbability } from "../../parse/probability.js";
import { matchLossReason, matchStage } from "../deals/match-stage.js";
import { cell, type DealColumn, headerName, type MappedHeader } from "./columns.js";
import { type DateOrder, readDay, readInstant } from "./read-cell.js";

/** What is wrong with one cell of a row. */
export interface CellProblem {
  column: string;
  message: string;
}

/** A deal row, checked and converted; the owner is still as written (resolved against Slack later). */
export interface DealRecord {
  sourceId: string | null;
  name: string;
  account: string | null;
  ownerText: string;
  amountMinor: bigint;
  currency: string;
  stage: StageRow;
  status: StageKind;
  closeOn: string;
  createdAt: Date;
  closedAt: Date | null;
  lossReasonId: number | null;
  lossNote: string | null;
  nextStep: string | null;
  probability: number | null;
  segment: string | null;
}

export interface RowContext {
  stages: StageRow[];
  /** From --stage-map: a source stage name (normalized) → one of the team's stages. */
  stageMap: Map<string, StageRow>;
  lossReasons: LossReasonRow[];
  /** The team's segments; when empty any segment is accepted. */
  segments: string[];
  defaultCurrency: string;
  timezone: string;
  dateOrder: DateOrder;
  now: Date;
}

export const normStage = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

const WON = /^(closed\s*)?won$/i;
const LOST = /^(closed\s*)?lost$/i;

/**
 * Checks and converts one row. Every problem is reported (with the column as
 * the file names it), so a person can fix a row in one go.
 */
export function parseDealRow(
  mapped: MappedHeader<DealColumn>,
  cells: string[],
  ctx: RowContext,
): { ok: true; record: DealRecord } | { ok: false; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const get = (c: DealColumn) => cell(mapped, cells, c);
  const problem = (c: DealColumn, message: string) =>
    problems.push({ column: headerName(mapped, cells, c), message });

  const name = get("name");
  if (!name) problem("name", "the name is empty");
  else if (name.length > 200) problem("name", "the name is longer than 200 characters");

  const ownerText = get("owner");
  if (!ownerText) problem("owner", "the owner is empty (a Slack user id or an email address)");

  let currency = ctx.defaultCurrency;
  const currencyText = get("currency");
  if (currencyText) {
    const known = resolveCurrency(currencyText.toUpperCase());
    if (known.ok) currency = known.value;
    else problem("currency", `"${currencyText}" is not a currency code like EUR or USD`);
  }
  let amountMinor = 0n;
  const amountText = get("amount");
  if (amountText) {
    const amount = parseAmount(amountText, { defaultCurrency: currency });
    if (!amount.ok) problem("amount", renderProblem("en", amount.problem));
    else if (currencyText && amount.value.currency !== currency)
      problem("amount", `the amount is in ${amount.value.currency} but the currency column says ${currency}`);
    else {
      amountMinor = amount.value.minor;
      currency = amount.value.currency;
    }
  }

  const status = get("status").toLowerCase();
  let stage: StageRow | undefined;
  if (status && !["open", "won", "lost"].includes(status)) {
    problem("status", `status "${get("status")}" is not open, won or lost`);
  } else if (status === "won" || status === "lost") {
    // Pipedrive keeps the pipeline stage on closed deals; the status says how it ended.
    stage = ctx.stages.find((s) => s.kind === status);
    if (!stage) problem("status", `the team has no ${status} stage`);
  } else {
    const stageText = get("stage");
    if (!stageText) problem("stage", "the stage is empty");
    else {
      const found = findStage(stageText, ctx);
      if (typeof found === "string") problem("stage", found);
      else stage = found;
    }
  }

  const closedText = get("closed_at");
  let closedAt: Date | null = null;
  if (closedText) {
    const at = readInstant(closedText, { order: ctx.dateOrder, timezone: ctx.timezone });
    if (at.ok) closedAt = at.value;
    else problem("closed_at", at.error);
  }
  let createdAt = ctx.now;
  const createdText = get("created_at");
  if (createdText) {
    const at = readInstant(createdText, { order: ctx.dateOrder, timezone: ctx.timezone });
    if (at.ok) createdAt = at.value;
    else problem("created_at", at.error);
  }
  const closed = stage && stage.kind !== "open";
  let closeOn = "";
  const closeText = get("close_date");
  if (closeText) {
    const day = readDay(closeText, ctx.dateOrder);
    if (day.ok) closeOn = day.value;
    else problem("close_date", day.error);
  } else if (closed && closedText && closedAt) {
    closeOn = closedText.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? closedAt.toISOString().slice(0, 10);
  } else if (stage) {
    problem("close_date", "the close date is empty");
  }
  if (closed && !closedAt && closeOn) closedAt = new Date(`${closeOn}T12:00:00Z`);
  if (closedAt && createdAt > closedAt && !createdText) createdAt = closedAt;

  let lossReasonId: number | null = null;
  let lossNote: string | null = null;
  const lossText = get("loss_reason");
  if (stage?.kind === "lost" && lossText) {
    const match = matchLossReason(ctx.lossReasons, lossText);
    const reason = match.kind === "found" ? match.reason : null;
    lossReasonId = reason?.id ?? ctx.lossReasons.find((r) => r.key === "other")?.id ?? null;
    if (!reason) lossNote = lossText;
  }
  if (stage?.kind === "lost" && get("loss_note")) lossNote = get("loss_note");

  let probability: number | null = null;
  const probabilityText = get("probability");
  if (probabilityText) {
    const p = parseProbability(probabilityText.replace(/[.,]0+\s*%?$/, ""));
    if (p.ok) probability = p.value;
    else problem("probability", renderProblem("en", p.problem));
  }

  let segment: string | null = get("segment") || null;
  if (segment && ctx.segments.length) {
    const known = ctx.segments.find((s) => s.toLowerCase() === segment?.toLowerCase());
    if (known) segment = known;
    else problem("segment", `segment "${segment}" is not one of the team's: ${ctx.segments.join(", ")}`);
  }

  if (problems.length || !stage) return { ok: false, problems };
  return {
    ok: true,
    record: {
      sourceId: get("id") || null,
      name,
      account: get("account") || null,
      ownerText,
      amountMinor,
      currency,
      stage,
      status: stage.kind,
      closeOn,
      createdAt,
      closedAt: stage.kind === "open" ? null : closedAt,
      lossReasonId,
      lossNote,
      nextStep: get("next_step") || null,
      probability,
      segment,
    },
  };
}

/** The team's stage for a source stage name: --stage-map first, then by name or prefix, then "Closed won/lost". */
export function findStage(text: string, ctx: Pick<RowContext, "stages" | "stageMap">): StageRow | string {
  const mappedStage = ctx.stageMap.get(normStage(text));
  if (mappedStage) return mappedStage;
  const match = matchStage(ctx.stages, text);
  if (match.ok) return match.value;
  if (WON.test(text.trim())) {
    const won = ctx.stages.find((s) => s.kind === "won");
    if (won) return won;
  }
  if (LOST.test(text.trim())) {
    const lost = ctx.stages.find((s) => s.kind === "lost");
    if (lost) return lost;
  }
  return `stage "${text}" is not one of the team's stages (${ctx.stages.map((s) => s.name).join(", ")}); map it with --stage-map "${text}=${ctx.stages.find((s) => s.kind === "open")?.name ?? "Lead"}"`;
}

/** Parses --stage-map "Appointment scheduled=Qualified,Closed won=Won". */
export function parseStageMap(
  text: string | undefined,
  stages: StageRow[],
): { ok: true; map: Map<string, StageRow> } | { ok: false; error: string } {
  const map = new Map<string, StageRow>();
  if (!text) return { ok: true, map };
  for (const pair of text.split(",")) {
    if (!pair.trim()) continue;
    const [from, to] = pair.split("=").map((s) => s.trim());
    if (!from || !to)
      return { ok: false, error: `--stage-map: "${pair.trim()}" is not "Their stage=Our stage".` };
    const target = matchStage(stages, to);
    if (!target.ok) return { ok: false, error: `--stage-map: ${renderProblem("en", target.problem)}` };
    map.set(normStage(from), target.value);
  }
  return { ok: true, map };
}
