import type { TeamSettingsSummary } from "../../domain/admin/plan-team-settings.js";
import { LANGUAGE_NAMES, type Lang } from "../../i18n/languages.js";
import { type Translate, translator } from "../../i18n/t.js";
import { linesToSections } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

const channel = (id: string | null, tr: Translate) => (id ? `<#${id}>` : tr("admin.saved.none"));
const people = (ids: string[], tr: Translate) =>
  ids.length > 0 ? ids.map((id) => `<@${id}>`).join(", ") : tr("admin.saved.noReps");
const names = (list: string[]) => list.map(escapeMrkdwn).join(", ");

/** The confirmation after `/deal admin` was saved: everything as it now stands, in the admin's language. */
export function teamSettingsSavedMessage(summary: TeamSettingsSummary, lang: Lang = "en"): Message {
  const s = summary;
  const tr = translator(lang);
  const stages = s.openStages.map((x) => `${escapeMrkdwn(x.name)} ${x.probability}%`).join(" → ");
  const lines = [
    tr("admin.saved.head", {
      timezone: escapeMrkdwn(s.timezone),
      currency: s.currency,
      language: s.language ? LANGUAGE_NAMES[s.language] : "none",
      digest:
        s.digestChannels.length > 0
          ? s.digestChannels.map((id) => channel(id, tr)).join(", ")
          : tr("admin.saved.none"),
      alerts: channel(s.alertsChannel, tr),
      nps: channel(s.npsChannel, tr),
    }),
    tr("admin.saved.stages", { stages }),
  ];
  if (s.addedStages.length > 0) lines.push(tr("admin.saved.added", { names: names(s.addedStages) }));
  if (s.retiredStages.length > 0) lines.push(tr("admin.saved.retired", { names: names(s.retiredStages) }));
  lines.push(tr("admin.saved.reasons", { names: names(s.lossReasons) }));
  if (s.winChannel !== undefined) lines.push(tr("admin.saved.win", { channel: channel(s.winChannel, tr) }));
  if (s.segments?.length) lines.push(tr("admin.saved.segments", { names: names(s.segments) }));
  if (s.retiredLossReasons.length > 0)
    lines.push(tr("admin.saved.noLongerOffered", { names: names(s.retiredLossReasons) }));
  lines.push(
    s.teams.length > 0
      ? tr("admin.saved.teams", {
          teams: s.teams
            .map((team) => tr("admin.saved.team", { manager: team.managerId, reps: people(team.repIds, tr) }))
            .join(" · "),
        })
      : tr("admin.saved.noManagers"),
  );
  return {
    text: tr("admin.saved.text", {
      timezone: s.timezone,
      currency: s.currency,
      stages: s.openStages.length,
      reasons: s.lossReasons.length,
      managers: s.teams.length,
    }),
    blocks: linesToSections(lines),
  };
}
