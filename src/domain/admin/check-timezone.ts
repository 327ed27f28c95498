import { DateTime } from "luxon";
import { type AdminFailure, adminFailure, sentence } from "./admin-sentences.js";

/**
 * An IANA timezone name, as luxon and Intl both know it ("utc+3" and "local"
 * satisfy luxon only). Returns the name with Intl's capitals when only the
 * case differs ("europe/helsinki" → "Europe/Helsinki"), else as typed.
 */
export function checkTimezone(input: string): { ok: true; value: string } | AdminFailure {
  const text = input.trim();
  if (!text) return adminFailure([sentence("admin.problem.timezone.missing")]);
  if (DateTime.local().setZone(text).isValid) {
    try {
      const resolved = new Intl.DateTimeFormat("en", { timeZone: text }).resolvedOptions().timeZone;
      return { ok: true, value: resolved.toLowerCase() === text.toLowerCase() ? resolved : text };
    } catch {
      // Not an IANA name: fall through.
    }
  }
  return adminFailure([sentence("admin.problem.timezone.unknown", { text })]);
}
