import { DateTime } from "luxon";
import type { Db } from "../../db/client.js";
import { type HygieneTotals, hygieneTotals, ownerTimezones } from "../../db/digest-hygiene.js";

/** A deal without an update or confirmation for this many days is quiet. */
export const QUIET_DAYS = 30;

/** "YYYY-MM-DD" of `at` in `zone`; null for a zone luxon does not know. */
export function dayIn(at: Date, zone: string): string | null {
  const local = DateTime.fromJSDate(at, { zone });
  return local.isValid ? local.toFormat("yyyy-MM-dd") : null;
}

/** Today in each owner timezone there is (an unknown zone falls back to the team's day). */
export async function todayByOwnerZone(db: Db, at: Date): Promise<Map<string, string>> {
  const zones = await ownerTimezones(db);
  const days = new Map<string, string>();
  for (const zone of zones) {
    const day = dayIn(at, zone);
    if (day) days.set(zone, day);
  }
  return days;
}

/**
 * Pipeline hygiene as of `at`: open deals whose close date has passed (before today in the
 * owner's timezone), without a next step, or without activity for 30+ days.
 */
export async function buildHygiene(
  db: Db,
  input: { at: Date; timezone: string; currency: string; ownerId?: string },
): Promise<HygieneTotals> {
  const teamToday = dayIn(input.at, input.timezone) ?? input.at.toISOString().slice(0, 10);
  return hygieneTotals(db, {
    currency: input.currency,
    todayByZone: await todayByOwnerZone(db, input.at),
    teamToday,
    quietSince: new Date(input.at.getTime() - QUIET_DAYS * 86_400_000),
    ...(input.ownerId ? { ownerId: input.ownerId } : {}),
  });
}
