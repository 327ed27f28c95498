import { parse } from "csv-parse/sync";
import type { DirectoryServices } from "../people/directory.js";
import { addContact, sayContactProblem } from "./add-contact.js";

export interface ImportReport {
  accepted: { line: number; name: string; email: string; account: string; created: boolean }[];
  refused: { line: number; reason: string }[];
}

const HEADERS: Record<string, "name" | "email" | "account" | "language" | "slack"> = {
  name: "name",
  email: "email",
  account: "account",
  language: "language",
  lang: "language",
  slack: "slack",
  slack_user_id: "slack",
  slackuserid: "slack",
};

/**
 * Imports contacts from CSV with a header row: name, email, account, and
 * optionally language and slack (a Slack user id). Each row is checked and
 * saved alone: a bad row is reported with its reason and never stops the good ones.
 */
export async function importContacts(
  services: Pick<DirectoryServices, "db" | "clock" | "logger" | "directory">,
  csv: string,
): Promise<ImportReport> {
  const report: ImportReport = { accepted: [], refused: [] };
  let rows: string[][];
  try {
    rows = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    report.refused.push({ line: 0, reason: `The file is not valid CSV: ${(error as Error).message}` });
    return report;
  }
  const [header, ...body] = rows;
  const columns = (header ?? []).map((h) => HEADERS[h.toLowerCase().replace(/[\s-]/g, "_")]);
  const missing = (["name", "email", "account"] as const).filter((c) => !columns.includes(c));
  if (missing.length) {
    report.refused.push({
      line: 1,
      reason: `The header row needs the columns ${missing.join(", ")} (got: ${(header ?? []).join(", ") || "nothing"}).`,
    });
    return report;
  }
  for (const [index, row] of body.entries()) {
    const line = index + 2;
    const get = (key: string) => row[columns.indexOf(key as never)] ?? "";
    try {
      const outcome = await addContact(services, {
        name: get("name"),
        email: get("email"),
        account: get("account"),
        language: get("language") || undefined,
        slack: get("slack") || undefined,
        ownerId: null,
      });
      // The report is for the operator's terminal: in English.
      if (outcome.kind === "invalid")
        report.refused.push({
          line,
          reason: outcome.errors.map((e) => sayContactProblem("en", e)).join(" "),
        });
      else
        report.accepted.push({
          line,
          name: outcome.contact.name,
          email: outcome.contact.email ?? "",
          account: outcome.accountName,
          created: outcome.created,
        });
    } catch (error) {
      report.refused.push({ line, reason: `Could not be saved: ${(error as Error).message}` });
    }
  }
  return report;
}
