import { z } from "zod";
import { toPlainText } from "./plain-text.js";
import { fail, type Result, succeed } from "./result.js";

export const dealRefSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("id"), id: z.number().int().positive() }),
  z.object({ kind: z.literal("name"), query: z.string().min(1) }),
]);
/** `#42` → by id; anything else → by name (matched against the team's deals later). */
export type DealRef = z.infer<typeof dealRefSchema>;

const MAX_ID = 2_147_483_647; // a PostgreSQL integer
export const MAX_NAME_LENGTH = 200;
const EXAMPLE = "Use its number, e.g. #42, or its name, e.g. Acme.";

/** Read a deal reference from raw (Slack-escaped) command text. */
export function parseDealRef(raw: string): Result<DealRef> {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text === "") return fail(`Which deal? ${EXAMPLE}`);
  if (/^<#C\w*(?:\|[^>]*)?>$/.test(text)) {
    return fail(`"${toPlainText(text)}" is a Slack channel, not a deal. ${EXAMPLE}`);
  }
  if (/^<[@!][^>]*>$/.test(text)) return fail(`"${toPlainText(text)}" is a person, not a deal. ${EXAMPLE}`);
  const query = toPlainText(text);
  if (query.startsWith("#")) {
    const id = /^#\d{1,10}$/.test(query) ? Number(query.slice(1)) : Number.NaN;
    if (id >= 1 && id <= MAX_ID) return succeed({ kind: "id", id });
    return fail(
      `Deal "${query}" is not a deal number: after # come digits only, e.g. #42. Or use the deal's name, e.g. Acme.`,
    );
  }
  if (query.length > MAX_NAME_LENGTH) {
    return fail(
      `Deal name "${query.slice(0, 40)}…" is too long to be a deal name (over ${MAX_NAME_LENGTH} characters). ${EXAMPLE}`,
    );
  }
  return succeed({ kind: "name", query });
}
