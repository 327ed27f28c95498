import type { TeamSettingsSummary } from "../../domain/admin/plan-team-settings.js";
import { LANGUAGE_NAMES } from "../../i18n/languages.js";
import { linesToSections } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

const channel = (id: string | null) => (id ? `<#${id}>` : "none");
const people = (ids: string[]) => (ids.length > 0 ? ids.map((id) => `<@${id}>`).join(", ") : "no reps");

/** The confirmation after `/deal admin` was saved: everything as it now stands. */
export function teamSettingsSavedMessage(summary: TeamSettingsSummary): Message {
  const s = summary;
  const stages = s.openStages.map((x) => `${escapeMrkdwn(x.name)} ${x.probability}%`).join(" → ");
  const lines = [
    `:white_check_mark: *Team settings saved:* timezone ${escapeMrkdwn(s.timezone)}, currency ${s.currency}${s.language ? `, language ${LANGUAGE_NAMES[s.language]}` : ""}, digest ${s.digestChannels.length > 0 ? s.digestChannels.map(channel).join(", ") : "none"}, alerts ${channel(s.alertsChannel)}, NPS ${channel(s.npsChannel)}.`,
    `• *Stages:* ${stages}, then Won and Lost.`,
  ];
  if (s.addedStages.length > 0) lines.push(`• New stages: ${s.addedStages.map(escapeMrkdwn).join(", ")}.`);
  if (s.retiredStages.length > 0)
    lines.push(`• Retired stages: ${s.retiredStages.map(escapeMrkdwn).join(", ")}.`);
  lines.push(`• *Loss reasons:* ${s.lossReasons.map(escapeMrkdwn).join(", ")}.`);
  if (s.winChannel !== undefined) lines.push(`• *Win announcements:* ${channel(s.winChannel)}.`);
  if (s.segments?.length) lines.push(`• *Segments:* ${s.segments.map(escapeMrkdwn).join(", ")}.`);
  if (s.retiredLossReasons.length > 0)
    lines.push(`• No longer offered: ${s.retiredLossReasons.map(escapeMrkdwn).join(", ")}.`);
  lines.push(
    s.teams.length > 0
      ? `• *Teams:* ${s.teams.map((t) => `<@${t.managerId}>: ${people(t.repIds)}`).join(" · ")}`
      : "• *Teams:* no managers.",
  );
  return {
    text: `Team settings saved: timezone ${s.timezone}, currency ${s.currency}, ${s.openStages.length} open stages, ${s.lossReasons.length} loss reasons, ${s.teams.length} managers.`,
    blocks: linesToSections(lines),
  };
}
