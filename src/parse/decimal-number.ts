/** A non-negative decimal read from text, kept as digit strings so no float ever touches it. */
export type DecimalParts = { whole: string; fraction: string };

/** "format": separators we cannot read; "ambiguous": could be thousands or decimals. */
export type DecimalProblem = "format" | "ambiguous";

export type DecimalReading = { ok: true; value: DecimalParts } | { ok: false; problem: DecimalProblem };

/**
 * Read digits with `.`, `,`, space or `'` separators, as in 12,500.50, 12.500,50,
 * 12 500 or 1'000. The last `.`/`,` is the decimal separator when it differs from
 * the separators before it. A lone separator followed by exactly three digits is
 * a thousands separator only for a comma (12,500); a lone dot (1.234) could be
 * either, so it is "ambiguous". With `allowGrouping: false` (amounts with a k/m
 * suffix) there are no thousands separators, so any three-digit tail is ambiguous.
 */
export function readDecimal(text: string, opts: { allowGrouping: boolean }): DecimalReading {
  const parts = text.split(/([.,' ])/);
  const groups = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  if (!groups.every((g) => /^\d+$/.test(g))) return { ok: false, problem: "format" };
  if (seps.length === 0) return { ok: true, value: { whole: groups[0] ?? "", fraction: "" } };

  const decimalAt = findDecimalSeparator(groups, seps, opts.allowGrouping);
  if (decimalAt === "ambiguous") return { ok: false, problem: "ambiguous" };
  const wholeGroups = decimalAt === -1 ? groups : groups.slice(0, decimalAt + 1);
  const groupSeps = decimalAt === -1 ? seps : seps.slice(0, decimalAt);
  if (groupSeps.length > 0 && !opts.allowGrouping) return { ok: false, problem: "ambiguous" };
  if (!isValidGrouping(wholeGroups, groupSeps)) return { ok: false, problem: "format" };
  const fraction = decimalAt === -1 ? "" : (groups[decimalAt + 1] ?? "");
  return { ok: true, value: { whole: wholeGroups.join(""), fraction } };
}

/** Index into `seps` of the decimal separator, -1 when all are thousands separators. */
function findDecimalSeparator(
  groups: readonly string[],
  seps: readonly string[],
  allowGrouping: boolean,
): number | "ambiguous" {
  const lastAt = seps.length - 1;
  const last = seps[lastAt] ?? "";
  if (last === " " || last === "'") return -1;
  if (seps.slice(0, lastAt).includes(last)) return -1;
  if (seps.length > 1) return lastAt;
  const lead = groups[0] ?? "";
  const tail = groups[1] ?? "";
  if (tail.length !== 3 || !isGroupLead(lead)) return 0;
  return last === "," && allowGrouping ? -1 : "ambiguous";
}

/** 12,500 / 1 234 567: one separator kind, a 1–3 digit lead without leading zero, then groups of three. */
function isValidGrouping(groups: readonly string[], seps: readonly string[]): boolean {
  if (seps.length === 0) return true;
  if (new Set(seps).size > 1) return false;
  const [lead = "", ...rest] = groups;
  return isGroupLead(lead) && rest.every((g) => g.length === 3);
}

function isGroupLead(group: string): boolean {
  return /^[1-9]\d{0,2}$/.test(group);
}
