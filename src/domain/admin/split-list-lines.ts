/** A line the admin typed, with its 1-based line number in the box. */
export interface ListLine {
  number: number;
  text: string;
}

// "- Lead: 10%", "• Lead", "* Lead", "1. Lead", "2) Lead": people paste lists.
const BULLET = /^(?:[-*•·]|\d{1,2}[.)])\s+/;

/** The non-empty lines of a multiline box, trimmed, list bullets dropped, inner spaces collapsed. */
export function splitListLines(text: string): ListLine[] {
  return text.split(/\r?\n/).flatMap((raw, i) => {
    const line = raw.trim().replace(BULLET, "").replace(/\s+/g, " ").trim();
    return line ? [{ number: i + 1, text: line }] : [];
  });
}
