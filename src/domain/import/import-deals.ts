import { listLossReasons, listStages, type StageRow } from "../../db/catalog.js";
import {
  type DealBatchItem,
  type ExistingDeal,
  findDealsBySourceId,
  type ImportEvent,
  type ImportedDeal,
  writeDealBatch,
} from "../../db/import-deal-batch.js";
import type { Services } from "../../services.js";
import { type Changes, TRACKED_FIELDS, type TrackedField, toJson } from "../deals/change-request.js";
import type { Directory } from "../people/directory.js";
import { getTeamSettings } from "../settings/get-team-settings.js";
import { DEAL_COLUMNS, mapHeader } from "./columns.js";
import { type CellProblem, type DealRecord, parseDealRow, parseStageMap } from "./parse-deal-row.js";
import type { DateOrder } from "./read-cell.js";
import { readCsv } from "./read-csv.js";
import { type ImportRefusal, ImportReport } from "./report.js";

export interface ImportDealsInput {
  file: AsyncIterable<Buffer | string>;
  dryRun?: boolean;
  /** --stage-map "Their stage=Our stage,…" */
  stageMap?: string | undefined;
  dateOrder?: DateOrder;
  /** Rows written per transaction. */
  batchSize?: number;
  onRefused?: (refusal: ImportRefusal) => void;
  onProgress?: (rowsRead: number) => void;
}

type Checked = { line: number; deal: ImportedDeal; record: DealRecord };

/**
 * Imports deals from a CSV stream (see ./columns.ts for the columns). Each row is
 * checked alone: a bad row is refused with its line and column, the good ones
 * are written, one batch per transaction; when a batch fails in the database, its
 * rows are retried one by one so only the failing row is refused. A row whose
 * source `id` was imported before updates that deal (and adds nothing when
 * nothing changed). Changes go to the deal's event log with source "import".
 */
export async function importDeals(
  services: Pick<Services, "config" | "database" | "db" | "clock" | "logger"> & { directory: Directory },
  input: ImportDealsInput,
): Promise<ImportReport> {
  const { db, clock } = services;
  const report = new ImportReport(input.onRefused);
  const settings = await getTeamSettings(services);
  const stages = await listStages(db);
  const stageMap = parseStageMap(input.stageMap, stages);
  if (!stageMap.ok) return report.fatal(stageMap.error);
  const csv = await report.open(() => readCsv(input.file));
  if (!csv) return report;
  const mapped = mapHeader(csv.header, DEAL_COLUMNS);
  const missing = (["name", "owner"] as const).filter((c) => !mapped.indexes.has(c));
  if (!mapped.indexes.has("stage") && !mapped.indexes.has("status")) missing.push("stage" as never);
  if (missing.length)
    return report.fatal(
      `The header row needs the columns ${missing.join(", ")} (got: ${csv.header.join(", ") || "nothing"}).`,
    );
  const ctx = {
    stages,
    stageMap: stageMap.map,
    lossReasons: await listLossReasons(db),
    segments: settings.segments ?? [],
    defaultCurrency: settings.currency,
    timezone: settings.timezone,
    dateOrder: input.dateOrder ?? "auto",
    now: clock.now(),
  };
  const firstOpen = stages.find((s) => s.kind === "open");
  const resolveOwner = services.directory.ownerResolver({ write: !input.dryRun });
  const seenIds = new Map<string, number>();
  const batchSize = input.batchSize ?? 2000;
  let batch: Checked[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    const existing = await findDealsBySourceId(
      services.database,
      rows.flatMap((r) => (r.deal.sourceId ? [r.deal.sourceId] : [])),
    );
    const items: (DealBatchItem & { line: number })[] = [];
    for (const row of rows) {
      const before = row.deal.sourceId ? existing.get(row.deal.sourceId) : undefined;
      if (!before) {
        items.push({ line: row.line, deal: row.deal, events: historyOf(row.deal, firstOpen) });
        continue;
      }
      const changes = diff(before, row.deal);
      if (Object.keys(changes).length === 0) {
        report.unchanged++;
        continue;
      }
      const event: ImportEvent = {
        kind: kindOf(changes),
        at: ctx.now,
        fromStageId: changes.stageId ? before.stageId : null,
        toStageId: changes.stageId ? row.deal.stageId : null,
        changes,
      };
      items.push({ line: row.line, deal: row.deal, events: [], update: { existing: before, event } });
    }
    if (input.dryRun) {
      for (const item of items) item.update ? report.updated++ : report.created++;
      return;
    }
    const segmentsOnly = rows.some((r) => r.deal.segment);
    if (items.length === 0 && !segmentsOnly) return;
    try {
      count(
        report,
        await writeDealBatch(
          services.database,
          items,
          rows.map((r) => r.deal),
          ctx.now,
        ),
      );
    } catch (batchError) {
      services.logger.warn({ err: batchError }, "an import batch failed; retrying its rows one by one");
      for (const item of items) {
        try {
          count(report, await writeDealBatch(services.database, [item], [item.deal], ctx.now));
        } catch (error) {
          report.refuse(item.line, [
            { column: "", message: `could not be saved: ${(error as Error).message}` },
          ]);
        }
      }
    }
  };

  const rows = await report.forEachRow(csv.rows, async (row) => {
    const parsed = parseDealRow(mapped, row.cells, ctx);
    const problems: CellProblem[] = parsed.ok ? [] : [...parsed.problems];
    let ownerId: string | undefined;
    const ownerText = parsed.ok ? parsed.record.ownerText : "";
    if (ownerText) {
      const owner = await resolveOwner(ownerText);
      if (owner.ok) ownerId = owner.value;
      else problems.push({ column: "owner", message: owner.error });
    }
    const sourceId = parsed.ok ? parsed.record.sourceId : null;
    if (sourceId) {
      const first = seenIds.get(sourceId);
      if (first !== undefined)
        problems.push({ column: "id", message: `id "${sourceId}" is on line ${first} already` });
      else seenIds.set(sourceId, row.line);
    }
    if (!parsed.ok || problems.length || !ownerId) {
      report.refuse(row.line, problems);
      return;
    }
    batch.push({ line: row.line, record: parsed.record, deal: toDeal(parsed.record, ownerId) });
    if (batch.length >= batchSize) await flush();
    if (report.rowsRead % 5000 === 0) input.onProgress?.(report.rowsRead);
  });
  if (rows) await flush();
  return report;
}

function count(report: ImportReport, outcomes: { kind: "created" | "updated" | "unchanged" }[]) {
  for (const o of outcomes) report[o.kind]++;
}

function toDeal(r: DealRecord, ownerId: string): ImportedDeal {
  return {
    sourceId: r.sourceId,
    name: r.name,
    account: r.account,
    segment: r.segment,
    ownerId,
    stageId: r.stage.id,
    status: r.status,
    amountMinor: r.amountMinor,
    currency: r.currency,
    probability: r.probability,
    closeOn: r.closeOn,
    nextStep: r.nextStep,
    lossReasonId: r.lossReasonId,
    lossNote: r.lossNote,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
  };
}

/**
 * Without an events file, history comes from the dates: created (into its stage
 * when open, else into the first open stage) and, for a closed deal, won or lost
 * at its close time.
 */
function historyOf(deal: ImportedDeal, firstOpen: StageRow | undefined): ImportEvent[] {
  const entered = deal.status === "open" ? deal.stageId : (firstOpen?.id ?? deal.stageId);
  const created: ImportEvent = {
    kind: "created",
    at: deal.createdAt,
    fromStageId: null,
    toStageId: entered,
    changes: {
      name: { from: null, to: deal.name },
      amountMinor: { from: null, to: deal.amountMinor.toString() },
      stageId: { from: null, to: entered },
    },
  };
  if (deal.status === "open") return [created];
  return [
    created,
    {
      kind: deal.status,
      at: deal.closedAt ?? deal.createdAt,
      fromStageId: entered,
      toStageId: deal.stageId,
      changes: { stageId: { from: entered, to: deal.stageId }, status: { from: "open", to: deal.status } },
    },
  ];
}

function diff(before: ExistingDeal, after: ImportedDeal): Changes {
  const changes: Changes = {};
  const values: Record<TrackedField, [unknown, unknown]> = {
    name: [before.name, after.name],
    account: [before.account, after.account],
    amountMinor: [before.amountMinor, after.amountMinor],
    currency: [before.currency, after.currency],
    stageId: [before.stageId, after.stageId],
    closeOn: [before.closeOn, after.closeOn],
    nextStep: [before.nextStep, after.nextStep],
    nextStepDue: [null, null],
    forecastCategory: [null, null],
    ownerId: [before.ownerId, after.ownerId],
    probability: [before.probability, after.probability],
    status: [before.status, after.status],
    lossReasonId: [before.lossReasonId, after.lossReasonId],
    lossNote: [before.lossNote, after.lossNote],
    closedAt: [before.closedAt, after.closedAt],
    snoozedUntil: [null, null],
    snoozeReason: [null, null],
  };
  for (const field of TRACKED_FIELDS) {
    const [a, b] = values[field];
    const from = toJson(field, a);
    const to = toJson(field, b);
    const same =
      field === "account" ? String(from ?? "").toLowerCase() === String(to ?? "").toLowerCase() : from === to;
    if (!same) changes[field] = { from, to };
  }
  return changes;
}

function kindOf(changes: Changes): string {
  const to = changes.status?.to;
  if (to === "won" || to === "lost") return to;
  if (to === "open") return "reopened";
  return "updated";
}
