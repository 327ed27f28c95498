import type { SectionBlock } from "@slack/types";
import type { ActivityComparison, ActivityCounts } from "../../domain/activities/activity-stats.js";
import { formatDay, formatNumber } from "../../i18n/format.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { section } from "../blocks.js";

/** `/deal stats`' selling activity: the rep's calls, meetings, emails… per week, the team's average in brackets. */
export function activityStatsBlock(c: ActivityComparison, lang: Lang): SectionBlock {
  if (c.people === 0) return section(t(lang, "stats.activity.none"));
  const average = (n: number) => formatNumber(lang, Math.round(n * 10) / 10);
  const line = (period: string, rep: ActivityCounts, team: ActivityCounts) =>
    t(lang, "stats.activity.line", {
      period,
      callsOut: rep.callsOut,
      teamCallsOut: average(team.callsOut),
      callsIn: rep.callsIn,
      teamCallsIn: average(team.callsIn),
      meetings: rep.meetings,
      teamMeetings: average(team.meetings),
      emails: rep.emails,
      teamEmails: average(team.emails),
      demos: rep.demos,
      teamDemos: average(team.demos),
      tasks: rep.tasks,
      teamTasks: average(team.tasks),
    });
  const lines = [
    t(lang, "stats.activity.heading", { people: c.people }),
    ...c.weeks.map((w) =>
      line(t(lang, "stats.activity.week", { day: formatDay(lang, w.week) }), w.rep, w.team),
    ),
    line(`*${t(lang, "stats.activity.total")}*`, c.total.rep, c.total.team),
  ];
  return section(lines.join("\n"));
}
