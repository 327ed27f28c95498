/**
 * Escaping for text Slack renders as mrkdwn or plain `text`.
 *
 * Slack only needs `&`, `<` and `>` escaped; that alone makes `<!channel>`,
 * `<!here>`, `<@U…>` pings and `<http://x|y>` links inert. Apply `escapeMrkdwn`
 * exactly once, to raw user text (what `unescapeSlackText` returns or what is
 * stored). Escaping already-escaped text would show `&amp;amp;` to the reader.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const UNESCAPES: Record<string, string> = { amp: "&", lt: "<", gt: ">" };

/**
 * Undo Slack's escaping of `&amp;`, `&lt;`, `&gt;` in incoming command text, in
 * one pass so `&amp;lt;` becomes the `&lt;` the user typed, not `<`.
 */
export function unescapeSlackText(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (entity, name: string) => UNESCAPES[name] ?? entity);
}

const ELLIPSIS = "…";
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Escape raw `text` so the *escaped* result is at most `max` UTF-16 units (what
 * Slack's length limits count). Cuts only between whole characters (grapheme
 * clusters, so emoji stay whole) of the raw text, before escaping, so an
 * `&amp;` is never cut in half; adds "…" when anything was dropped.
 */
export function escapeAndTruncate(text: string, max: number): string {
  const whole = escapeMrkdwn(text);
  if (whole.length <= max) return whole;
  if (max < ELLIPSIS.length) return "";
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    const piece = escapeMrkdwn(segment);
    if (kept.length + piece.length + ELLIPSIS.length > max) break;
    kept += piece;
  }
  return kept + ELLIPSIS;
}

/**
 * Plain text cut to at most `max` UTF-16 units between whole characters: an input's
 * `initial_value` longer than its `max_length` opens, but the user cannot submit the form
 * until they cut their own text.
 */
export function fitInput(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > max) break;
    kept += segment;
  }
  return kept;
}
