import type { Services } from "../../services.js";
import { EXPORT_COLUMNS, type ExportKind, type ExportRow, exportRows } from "./export-rows.js";

export type ExportFormat = "csv" | "json";

/** A CSV cell: quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: ExportRow[string]): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Streams an export to `write` (which may return a promise to apply
 * back-pressure): CSV with a header row, or a JSON array of objects.
 * Resolves with the number of rows written.
 */
export async function writeExport(
  services: Pick<Services, "db">,
  input: { kind: ExportKind; format: ExportFormat; write: (chunk: string) => unknown },
): Promise<number> {
  const columns = EXPORT_COLUMNS[input.kind];
  let count = 0;
  if (input.format === "csv") await input.write(`${columns.join(",")}\n`);
  else await input.write("[");
  for await (const row of exportRows(services, input.kind)) {
    if (input.format === "csv")
      await input.write(`${columns.map((c) => csvCell(row[c] ?? null)).join(",")}\n`);
    else await input.write(`${count ? "," : ""}\n  ${JSON.stringify(row)}`);
    count++;
  }
  if (input.format === "json") await input.write(count ? "\n]\n" : "]\n");
  return count;
}
