import { parse } from "csv-parse/sync";
import { upsertQuota } from "../../db/quotas.js";
import { renderProblem } from "../../i18n/problem.js";
import { parseQuota } from "../../parse/quota.js";
import type { Services } from "../../services.js";

export interface QuotaImportReport {
  accepted: number;
  refused: { line: number; reason: string }[];
}

/**
 * Imports quotas from CSV text with a header `subject,amount,period` (subject: a Slack
 * user id or "team"; amount as typed in Slack, e.g. 50k or 50000 EUR). Each row stands
 * alone: a bad row is reported and the others are saved.
 */
export async function importQuotas(
  { db }: Pick<Services, "db">,
  input: { csv: string; defaultCurrency: string },
): Promise<QuotaImportReport> {
  let rows: Record<string, string>[];
  try {
    rows = parse(input.csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (error) {
    return { accepted: 0, refused: [{ line: 1, reason: `not a CSV file: ${(error as Error).message}` }] };
  }
  const report: QuotaImportReport = { accepted: 0, refused: [] };
  for (const [i, row] of rows.entries()) {
    const line = i + 2;
    const who = row.subject ?? row.user ?? "";
    const quota = parseQuota(
      { who, amount: row.amount ?? "", period: row.period ?? "" },
      { defaultCurrency: row.currency || input.defaultCurrency, allowBareId: true },
    );
    if (!quota.ok) {
      report.refused.push({ line, reason: renderProblem("en", quota.problem) });
      continue;
    }
    try {
      await upsertQuota(db, quota.value);
      report.accepted++;
    } catch (error) {
      report.refused.push({ line, reason: `could not save: ${(error as Error).message.split("\n")[0]}` });
    }
  }
  return report;
}
