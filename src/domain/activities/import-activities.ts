import { type ActivityInput, insertActivities } from "../../db/activities.js";
import { dealIdsBySourceId } from "../../db/imports.js";
import type { Services } from "../../services.js";
import { ACTIVITY_COLUMNS, type ActivityColumn, cell, headerName, mapHeader } from "../import/columns.js";
import type { CellProblem } from "../import/parse-deal-row.js";
import { type DateOrder, readInstant } from "../import/read-cell.js";
import { readCsv } from "../import/read-csv.js";
import { type ImportRefusal, ImportReport } from "../import/report.js";
import type { Directory } from "../people/directory.js";
import { getTeamSettings } from "../settings/get-team-settings.js";
import { readActivityType, readDirection } from "./parse-activity.js";

/**
 * `dealbot import activities <file.csv>`: columns id, type (call, meeting, email,
 * demo, task), direction (in/out), deal (the deal's source id from `import deals`,
 * or #42 for a Dealbot deal), owner (Slack id or email), at, note. A row whose
 * `id` was imported before is skipped, so a re-import adds nothing.
 */
export async function importActivities(
  services: Pick<Services, "config" | "db" | "clock" | "logger"> & { directory: Directory },
  input: {
    file: AsyncIterable<Buffer | string>;
    dryRun?: boolean;
    dateOrder?: DateOrder;
    onRefused?: (refusal: ImportRefusal) => void;
  },
): Promise<ImportReport> {
  const report = new ImportReport(input.onRefused);
  const settings = await getTeamSettings(services);
  const csv = await report.open(() => readCsv(input.file));
  if (!csv) return report;
  const mapped = mapHeader(csv.header, ACTIVITY_COLUMNS);
  const missing = (["type", "owner", "at"] as const).filter((c) => !mapped.indexes.has(c));
  if (missing.length)
    return report.fatal(
      `The header row needs the columns type, owner and at (missing: ${missing.join(", ")}; got: ${csv.header.join(", ")}).`,
    );
  const resolveOwner = services.directory.ownerResolver({ write: !input.dryRun });
  let batch: { line: number; row: ActivityInput; deal: string; dealColumn: string }[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    const ids = await dealIdsBySourceId(services.db, [
      ...new Set(rows.flatMap((r) => (r.deal ? [r.deal] : []))),
    ]);
    const ok: ActivityInput[] = [];
    for (const r of rows) {
      if (r.deal) {
        const own = /^#(\d+)$/.exec(r.deal);
        const dealId = ids.get(r.deal) ?? (own ? Number(own[1]) : undefined);
        if (dealId === undefined) {
          report.refuse(r.line, [
            { column: r.dealColumn, message: `no imported deal has the id "${r.deal}"` },
          ]);
          continue;
        }
        r.row.dealId = dealId;
      }
      ok.push(r.row);
    }
    if (input.dryRun) {
      report.created += ok.length;
      return;
    }
    const added = await insertActivities(services.db, ok);
    report.created += added;
    report.unchanged += ok.length - added;
  };
  const done = await report.forEachRow(csv.rows, async ({ line, cells }) => {
    const problems: CellProblem[] = [];
    const col = (c: ActivityColumn) => headerName(mapped, cells, c);
    const typeText = cell(mapped, cells, "type");
    const type = readActivityType(typeText);
    if (!type)
      problems.push({
        column: col("type"),
        message: `"${typeText}" is not call, meeting, email, demo or task`,
      });
    const directionText = cell(mapped, cells, "direction");
    const direction = readDirection(directionText);
    if (direction === undefined)
      problems.push({ column: col("direction"), message: `"${directionText}" is not in or out` });
    const at = readInstant(cell(mapped, cells, "at"), {
      order: input.dateOrder ?? "auto",
      timezone: settings.timezone,
    });
    if (!at.ok) problems.push({ column: col("at"), message: at.error });
    const ownerText = cell(mapped, cells, "owner");
    let userId: string | undefined;
    if (!ownerText) problems.push({ column: col("owner"), message: "the owner is empty" });
    else {
      const owner = await resolveOwner(ownerText);
      if (owner.ok) userId = owner.value;
      else problems.push({ column: col("owner"), message: owner.error });
    }
    if (problems.length || !type || direction === undefined || !at.ok || !userId) {
      report.refuse(line, problems);
      return;
    }
    batch.push({
      line,
      deal: cell(mapped, cells, "deal"),
      dealColumn: col("deal"),
      row: {
        type,
        direction: type === "call" || type === "email" ? (direction ?? "out") : direction,
        dealId: null,
        userId,
        note: cell(mapped, cells, "note").slice(0, 2000) || null,
        at: at.value,
        source: "import",
        sourceId: cell(mapped, cells, "id") || null,
      },
    });
    if (batch.length >= 1000) await flush();
  });
  if (done && batch.length) await flush();
  return report;
}
