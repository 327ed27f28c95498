import { DateTime } from "luxon";
import { ACTIVITY_TYPES, countActivities } from "../../db/activities.js";
import { userNames } from "../../db/users.js";
import type { Services } from "../../services.js";

/** One rep's selling activity in one week. */
export interface RepActivity {
  userId: string;
  name: string;
  callsIn: number;
  callsOut: number;
  meetings: number;
  emails: number;
  demos: number;
  tasks: number;
  total: number;
}

export interface WeekActivity {
  /** Monday of the week, "YYYY-MM-DD", in the team's timezone. */
  week: string;
  reps: RepActivity[];
}

/**
 * Activity per rep and week for the `weeks` weeks before `at` (the current
 * week last if `includeCurrent`): calls in and out, meetings, emails, demos,
 * tasks. Counted in SQL per week; for the digest's rep section and `/deal stats`.
 */
export async function activityByRepAndWeek(
  services: Pick<Services, "db">,
  input: { at: Date; timezone: string; weeks: number; includeCurrent?: boolean },
): Promise<WeekActivity[]> {
  const thisWeek = DateTime.fromJSDate(input.at, { zone: input.timezone }).startOf("week");
  const first = thisWeek.minus({ weeks: input.weeks - (input.includeCurrent ? 1 : 0) });
  const out: WeekActivity[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < input.weeks; i++) {
    const from = first.plus({ weeks: i });
    const counts = await countActivities(services.db, {
      from: from.toJSDate(),
      to: from.plus({ weeks: 1 }).toJSDate(),
    });
    const reps = new Map<string, RepActivity>();
    for (const c of counts) {
      ids.add(c.userId);
      const rep = reps.get(c.userId) ?? emptyRep(c.userId);
      reps.set(c.userId, rep);
      if (c.type === "call" && c.direction === "in") rep.callsIn += c.count;
      else if (c.type === "call") rep.callsOut += c.count;
      else if (c.type === "meeting") rep.meetings += c.count;
      else if (c.type === "email") rep.emails += c.count;
      else if (c.type === "demo") rep.demos += c.count;
      else if (c.type === "task") rep.tasks += c.count;
      rep.total += c.count;
    }
    out.push({ week: from.toISODate() ?? "", reps: [...reps.values()] });
  }
  const names = await userNames(services.db, [...ids]);
  for (const week of out) {
    for (const rep of week.reps) rep.name = names.get(rep.userId) ?? rep.userId;
    week.reps.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  }
  return out;
}

const emptyRep = (userId: string): RepActivity => ({
  userId,
  name: userId,
  callsIn: 0,
  callsOut: 0,
  meetings: 0,
  emails: 0,
  demos: 0,
  tasks: 0,
  total: 0,
});

/** "4 calls out, 1 in, 2 meetings, 3 emails" (only what happened). */
export function describeActivity(rep: RepActivity): string {
  const parts: string[] = [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (rep.callsOut || rep.callsIn) parts.push(`${n(rep.callsOut, "call", "calls")} out, ${rep.callsIn} in`);
  if (rep.meetings) parts.push(n(rep.meetings, "meeting", "meetings"));
  if (rep.emails) parts.push(n(rep.emails, "email", "emails"));
  if (rep.demos) parts.push(n(rep.demos, "demo", "demos"));
  if (rep.tasks) parts.push(n(rep.tasks, "task", "tasks"));
  return parts.join(", ") || "no activity logged";
}

export { ACTIVITY_TYPES };

export type ActivityCounts = Omit<RepActivity, "userId" | "name" | "total">;

/** One rep's weekly activity beside the team's average per person, for `/deal stats`. */
export interface ActivityComparison {
  /** Oldest first; the current week last. */
  weeks: { week: string; rep: ActivityCounts; team: ActivityCounts }[];
  total: { rep: ActivityCounts; team: ActivityCounts };
  /** The people who logged any activity in these weeks: the team average is over them. */
  people: number;
}

const COUNTED = ["callsOut", "callsIn", "meetings", "emails", "demos", "tasks"] as const;
const zero = (): ActivityCounts => ({ callsIn: 0, callsOut: 0, meetings: 0, emails: 0, demos: 0, tasks: 0 });
const add = (into: ActivityCounts, from: ActivityCounts, factor = 1) => {
  for (const k of COUNTED) into[k] += from[k] * factor;
};

/**
 * `userId`'s activity in each of the last `weeks` weeks (the current one last), and the
 * average per person over everyone who logged any activity in those weeks.
 */
export async function compareActivity(
  services: Pick<Services, "db">,
  input: { at: Date; timezone: string; userId: string; weeks: number },
): Promise<ActivityComparison> {
  const weeks = await activityByRepAndWeek(services, { ...input, includeCurrent: true });
  const people = new Set(weeks.flatMap((w) => w.reps.map((r) => r.userId))).size;
  const total = { rep: zero(), team: zero() };
  const rows = weeks.map((w) => {
    const rep = zero();
    const team = zero();
    for (const r of w.reps) {
      if (r.userId === input.userId) add(rep, r);
      add(team, r, 1 / people);
    }
    add(total.rep, rep);
    add(total.team, team);
    return { week: w.week, rep, team };
  });
  return { weeks: rows, total, people };
}
