import { DateTime } from "luxon";
import { latestSlot } from "../../jobs/schedule.js";
import type { TeamSettings } from "../settings/team-settings.js";

export interface NudgeSlot {
  /** The local date of this week's nudge, e.g. "2026-11-23": identifies the week per person. */
  week: string;
  at: Date;
  /** Due now: the nudge time has passed today, in the person's timezone (a missed one is caught up the same day). */
  due: boolean;
  /** The person's local date now. */
  today: string;
}

/** This week's nudge moment for someone in `timezone` (the team's day and time, on their own clock). */
export function nudgeSlotFor(now: Date, timezone: string, nudges: TeamSettings["nudges"]): NudgeSlot {
  const slot = latestSlot({ every: "week", day: nudges.day, time: nudges.time, timezone }, now);
  const week = slot.key.slice(0, 10);
  const today = DateTime.fromJSDate(now, { zone: timezone }).toISODate() ?? week;
  return { week, at: slot.at, due: today === week, today };
}
