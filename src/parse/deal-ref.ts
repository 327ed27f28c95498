import { z } from "zod";
import { toPlainText } from "./plain-text.js";
import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

export const dealRefSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("id"), id: z.number().int().positive() }),
  z.object({ kind: z.literal("name"), query: z.string().min(1) }),
]);
/** `#42` → by id; anything else → by name (matched against the team's deals later). */
export type DealRef = z.infer<typeof dealRefSchema>;

const MAX_ID = 2_147_483_647; // a PostgreSQL integer
export const MAX_NAME_LENGTH = 200;

/** Read a deal reference from raw (Slack-escaped) command text. */
export function parseDealRef(raw: string): Parsed<DealRef> {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text === "") return reject("parse.ref.empty");
  if (/^<#C\w*(?:\|[^>]*)?>$/.test(text)) return reject("parse.ref.channel", { text: toPlainText(text) });
  if (/^<[@!][^>]*>$/.test(text)) return reject("parse.ref.person", { text: toPlainText(text) });
  const query = toPlainText(text);
  if (query.startsWith("#")) {
    const id = /^#\d{1,10}$/.test(query) ? Number(query.slice(1)) : Number.NaN;
    if (id >= 1 && id <= MAX_ID) return succeed({ kind: "id", id });
    return reject("parse.ref.badNumber", { text: query });
  }
  if (query.length > MAX_NAME_LENGTH) {
    return reject("parse.ref.tooLong", { start: query.slice(0, 40), max: MAX_NAME_LENGTH });
  }
  return succeed({ kind: "name", query });
}
