import { listStages } from "../../db/catalog.js";
import { dealIdsBySourceId, writeStageEvents } from "../../db/imports.js";
import type { Services } from "../../services.js";
import { getTeamSettings } from "../settings/get-team-settings.js";
import { cell, EVENT_COLUMNS, headerName, mapHeader } from "./columns.js";
import { findStage, parseStageMap } from "./parse-deal-row.js";
import { type DateOrder, readInstant } from "./read-cell.js";
import { readCsv } from "./read-csv.js";
import { type ImportRefusal, ImportReport } from "./report.js";

/**
 * Imports deal history: `id,at,stage` rows, a deal (by its source id) entering a
 * stage at a time, so conversion, time in stage and cycle length work from the
 * first day. Each row becomes a stage change in the deal's event log with source
 * "import"; a row imported before is skipped (counted as unchanged).
 */
export async function importDealEvents(
  services: Services,
  input: {
    file: AsyncIterable<Buffer | string>;
    dryRun?: boolean;
    stageMap?: string | undefined;
    dateOrder?: DateOrder;
    onRefused?: (refusal: ImportRefusal) => void;
  },
): Promise<ImportReport> {
  const { db } = services;
  const report = new ImportReport(input.onRefused);
  const settings = await getTeamSettings(services);
  const stages = await listStages(db);
  const stageMap = parseStageMap(input.stageMap, stages);
  if (!stageMap.ok) return report.fatal(stageMap.error);
  const csv = await report.open(() => readCsv(input.file));
  if (!csv) return report;
  const mapped = mapHeader(csv.header, EVENT_COLUMNS);
  const missing = (["id", "at", "stage"] as const).filter((c) => !mapped.indexes.has(c));
  if (missing.length)
    return report.fatal(`The events file needs the columns id, at, stage (missing: ${missing.join(", ")}).`);
  let batch: { line: number; sourceId: string; at: Date; toStageId: number; idColumn: string }[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    const ids = await dealIdsBySourceId(db, [...new Set(rows.map((r) => r.sourceId))]);
    const writes = [];
    for (const r of rows) {
      const dealId = ids.get(r.sourceId);
      if (dealId === undefined)
        report.refuse(r.line, [
          { column: r.idColumn, message: `no imported deal has the id "${r.sourceId}"` },
        ]);
      else writes.push({ dealId, at: r.at, toStageId: r.toStageId });
    }
    if (input.dryRun) {
      report.created += writes.length;
      return;
    }
    const written = await writeStageEvents(db, writes);
    report.created += written;
    report.unchanged += writes.length - written;
  };
  const ok = await report.forEachRow(csv.rows, async (row) => {
    // An exported event log has every kind of change; only stage changes are history to import.
    if (mapped.indexes.has("kind") && !cell(mapped, row.cells, "stage")) return;
    const problems = [];
    const sourceId = cell(mapped, row.cells, "id");
    if (!sourceId) problems.push({ column: headerName(mapped, row.cells, "id"), message: "the id is empty" });
    const at = readInstant(cell(mapped, row.cells, "at"), {
      order: input.dateOrder ?? "auto",
      timezone: settings.timezone,
    });
    if (!at.ok) problems.push({ column: headerName(mapped, row.cells, "at"), message: at.error });
    const stage = findStage(cell(mapped, row.cells, "stage"), { stages, stageMap: stageMap.map });
    if (typeof stage === "string")
      problems.push({ column: headerName(mapped, row.cells, "stage"), message: stage });
    if (problems.length || !at.ok || typeof stage === "string") {
      report.refuse(row.line, problems);
      return;
    }
    batch.push({
      line: row.line,
      sourceId,
      at: at.value,
      toStageId: stage.id,
      idColumn: headerName(mapped, row.cells, "id"),
    });
    if (batch.length >= 1000) await flush();
  });
  if (ok && batch.length) await flush();
  return report;
}
