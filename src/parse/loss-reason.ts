import { type Parsed, type Rejection, reject } from "./problem.js";
import { succeed } from "./result.js";

export type ReasonAndNote = { reason: string; note?: string };

/**
 * Split "no budget - frozen until Q3" into the team's reason "No budget" (the
 * longest known reason the text starts with, any case, ending at a word
 * boundary) and the note "frozen until Q3". With no known reasons the whole
 * text is the reason.
 */
export function splitReasonAndNote(text: string, knownReasons: readonly string[]): Parsed<ReasonAndNote> {
  const clean = text.replace(/\s+/g, " ").trim();
  if (knownReasons.length === 0) return clean ? succeed({ reason: clean }) : describe(clean, knownReasons);
  const lower = clean.toLowerCase();
  const match = [...knownReasons]
    .sort((a, b) => b.length - a.length)
    .find((reason) => {
      const known = reason.replace(/\s+/g, " ").trim().toLowerCase();
      return known !== "" && lower.startsWith(known) && !/[\p{L}\p{N}]/u.test(lower.charAt(known.length));
    });
  if (!match) return describe(clean, knownReasons);
  const length = match.replace(/\s+/g, " ").trim().length;
  const note = clean
    .slice(length)
    .replace(/^[\s\-–—:;,.]+/, "")
    .trim();
  return succeed(note ? { reason: match, note } : { reason: match });
}

function describe(text: string, knownReasons: readonly string[]): Rejection {
  const example = knownReasons[0] ?? "price";
  if (knownReasons.length === 0) return reject("parse.lossReason.empty", { text, example });
  return reject("parse.lossReason.unknown", { text, reasons: knownReasons.join(", "), example });
}
