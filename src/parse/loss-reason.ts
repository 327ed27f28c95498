import { fail, type Result, succeed } from "./result.js";

export type ReasonAndNote = { reason: string; note?: string };

/**
 * Split "no budget - frozen until Q3" into the team's reason "No budget" (the
 * longest known reason the text starts with, any case, ending at a word
 * boundary) and the note "frozen until Q3". With no known reasons the whole
 * text is the reason.
 */
export function splitReasonAndNote(text: string, knownReasons: readonly string[]): Result<ReasonAndNote> {
  const clean = text.replace(/\s+/g, " ").trim();
  if (knownReasons.length === 0)
    return clean ? succeed({ reason: clean }) : fail(describe(clean, knownReasons));
  const lower = clean.toLowerCase();
  const match = [...knownReasons]
    .sort((a, b) => b.length - a.length)
    .find((reason) => {
      const known = reason.replace(/\s+/g, " ").trim().toLowerCase();
      return known !== "" && lower.startsWith(known) && !/[\p{L}\p{N}]/u.test(lower.charAt(known.length));
    });
  if (!match) return fail(describe(clean, knownReasons));
  const length = match.replace(/\s+/g, " ").trim().length;
  const note = clean
    .slice(length)
    .replace(/^[\s\-–—:;,.]+/, "")
    .trim();
  return succeed(note ? { reason: match, note } : { reason: match });
}

function describe(text: string, knownReasons: readonly string[]): string {
  const example = knownReasons[0] ?? "price";
  const list = knownReasons.length > 0 ? ` is not one of: ${knownReasons.join(", ")}.` : " is empty.";
  return `Loss reason "${text}"${list} Try /deal lost Acme reason ${example}.`;
}
