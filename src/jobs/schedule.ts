import { DateTime } from "luxon";

/**
 * When a job is due, in wall-clock time of a timezone (so 09:00 stays 09:00
 * across DST changes). Slots are computed, not stored: the latest slot at or
 * before "now" is what the scheduler claims, which is also how a run missed
 * while the bot was down gets caught up.
 */
export type Schedule =
  | { every: "minutes"; minutes: number }
  | { every: "day"; time: string; timezone: string }
  | { every: "week"; day: number; time: string; timezone: string }
  | {
      every: "month";
      /** Day of month; clamped to the month's last day. "last" = the last day. */
      day: number | "last";
      time: string;
      timezone: string;
      /** A slot on Saturday or Sunday moves to the following Monday. */
      weekendToMonday?: boolean;
    };

export interface Slot {
  /** Stable identity of the slot, e.g. "2026-11-23T09:00"; unique per job. */
  key: string;
  at: Date;
}

const parseTime = (time: string) => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const hour = Number(match?.[1] ?? Number.NaN);
  const minute = Number(match?.[2] ?? Number.NaN);
  if (!(hour >= 0 && hour < 24 && minute >= 0 && minute < 60))
    throw new Error(`Bad time "${time}", expected HH:MM`);
  return { hour, minute };
};

const keyOf = (local: DateTime) => local.toFormat("yyyy-MM-dd'T'HH:mm");

function slotFor(schedule: Exclude<Schedule, { every: "minutes" }>, local: DateTime): DateTime {
  const { hour, minute } = parseTime(schedule.time);
  // Luxon moves a wall time inside a DST gap forward, which is what we want.
  const at = local.set({ hour, minute, second: 0, millisecond: 0 });
  if (schedule.every !== "month") return at;
  const day = schedule.day === "last" ? at.daysInMonth! : Math.min(schedule.day, at.daysInMonth!);
  let slot = at.set({ day });
  if (schedule.weekendToMonday && slot.weekday >= 6) slot = slot.plus({ days: 8 - slot.weekday });
  return slot;
}

/** The slot of period `offset` relative to the one containing `local` (0 = this day/week/month). */
function periodSlot(
  schedule: Exclude<Schedule, { every: "minutes" }>,
  local: DateTime,
  offset: number,
): DateTime {
  switch (schedule.every) {
    case "day":
      return slotFor(schedule, local.startOf("day").plus({ days: offset }));
    case "week": {
      const monday = local.startOf("week").plus({ weeks: offset });
      return slotFor(schedule, monday.plus({ days: schedule.day - 1 }));
    }
    case "month":
      return slotFor(schedule, local.startOf("month").plus({ months: offset }));
  }
}

/** The latest slot at or before `at`. */
export function latestSlot(schedule: Schedule, at: Date): Slot {
  if (schedule.every === "minutes") {
    const step = schedule.minutes * 60_000;
    const start = new Date(Math.floor(at.getTime() / step) * step);
    return { key: start.toISOString().slice(0, 16), at: start };
  }
  const local = DateTime.fromJSDate(at, { zone: schedule.timezone });
  // A month slot shifted to Monday can land in the next month, so look one period further back.
  for (let offset = 0; offset >= -2; offset--) {
    const slot = periodSlot(schedule, local, offset);
    if (slot.toMillis() <= at.getTime()) return { key: keyOf(slot), at: slot.toJSDate() };
  }
  throw new Error("unreachable: a slot two periods back is always in the past");
}

/** The first slot strictly after `at`. */
export function nextSlot(schedule: Schedule, at: Date): Slot {
  if (schedule.every === "minutes") {
    const step = schedule.minutes * 60_000;
    const start = new Date((Math.floor(at.getTime() / step) + 1) * step);
    return { key: start.toISOString().slice(0, 16), at: start };
  }
  const local = DateTime.fromJSDate(at, { zone: schedule.timezone });
  for (let offset = -1; offset <= 2; offset++) {
    const slot = periodSlot(schedule, local, offset);
    if (slot.toMillis() > at.getTime()) return { key: keyOf(slot), at: slot.toJSDate() };
  }
  throw new Error("unreachable: a slot two periods ahead is always in the future");
}

/** The latest slot of any of several schedules (e.g. first and last day of the month). */
export function latestOf(schedules: Schedule[], at: Date): Slot {
  const slots = schedules.map((s) => latestSlot(s, at));
  return slots.reduce((a, b) => (b.at > a.at ? b : a));
}

export function nextOf(schedules: Schedule[], at: Date): Slot {
  const slots = schedules.map((s) => nextSlot(s, at));
  return slots.reduce((a, b) => (b.at < a.at ? b : a));
}
