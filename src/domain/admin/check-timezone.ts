import { DateTime } from "luxon";
import { fail, type Result, succeed } from "../../parse/result.js";

const EXAMPLE = "e.g. Europe/Helsinki or America/New_York";

/**
 * An IANA timezone name, as luxon and Intl both know it ("utc+3" and "local"
 * satisfy luxon only). Returns the name with Intl's capitals when only the
 * case differs ("europe/helsinki" → "Europe/Helsinki"), else as typed.
 */
export function checkTimezone(input: string): Result<string> {
  const text = input.trim();
  if (!text) return fail(`Give the team's timezone as an IANA name, ${EXAMPLE}.`);
  if (DateTime.local().setZone(text).isValid) {
    try {
      const resolved = new Intl.DateTimeFormat("en", { timeZone: text }).resolvedOptions().timeZone;
      return succeed(resolved.toLowerCase() === text.toLowerCase() ? resolved : text);
    } catch {
      // Not an IANA name: fall through.
    }
  }
  return fail(`"${text}" is not a timezone I know. Use an IANA name, ${EXAMPLE}.`);
}
