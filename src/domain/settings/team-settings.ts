import type { Config } from "../../config/config.js";
import type { Workspace } from "../../db/client.js";
import { type Lang, languageOf } from "../../i18n/languages.js";

/** The team's effective settings: what admins saved in Slack, else the environment's defaults. */
export interface TeamSettings {
  timezone: string;
  currency: string;
  /** The team's language (`/deal admin`, else DEALBOT_LANGUAGE): channel posts are written in it. */
  language: Lang;
  /** Intl locale for the team's numbers and money: the team's language. */
  locale: string;
  channels: { digest: string[]; alerts: string | undefined; nps: string | undefined };
  nudges: { day: number; time: string; staleDays: number; escalationDays: number };
  digest: { day: number; time: string };
  risk: { day: number; time: string; probabilityThreshold: number };
  nps: { wonDelayDays: number };
  /** The team's customer segments, in order (empty: none set). */
  segments?: string[];
  /** Where won deals are announced; undefined: no announcements. */
  winChannel?: string | undefined;
}

export const SCHEDULE_DEFAULTS = {
  nudges: { day: 1, time: "09:00", staleDays: 7, escalationDays: 21 },
  digest: { day: 1, time: "08:00" },
  risk: { day: 20, time: "09:00", probabilityThreshold: 50 },
  nps: { wonDelayDays: 30 },
} as const;

const list = (value: string | null | undefined) =>
  value
    ?.split(",")
    .map((v) => v.trim())
    .filter(Boolean);

export function resolveTeamSettings(config: Config, saved: Workspace | null): TeamSettings {
  const d = config.defaults;
  const s = SCHEDULE_DEFAULTS;
  const teamLanguage = languageOf(saved?.locale) ?? d.language;
  return {
    timezone: saved?.timezone ?? d.timezone,
    currency: saved?.currency ?? d.currency,
    language: teamLanguage,
    locale: teamLanguage,
    channels: {
      digest: list(saved?.digestChannels) ?? d.channels.digest,
      alerts: saved?.alertsChannel ?? d.channels.alerts,
      nps: saved?.npsChannel ?? d.channels.nps,
    },
    nudges: {
      day: saved?.nudgeDay ?? s.nudges.day,
      time: saved?.nudgeTime ?? s.nudges.time,
      staleDays: saved?.staleDays ?? s.nudges.staleDays,
      escalationDays: saved?.escalationDays ?? s.nudges.escalationDays,
    },
    digest: { day: saved?.digestDay ?? s.digest.day, time: saved?.digestTime ?? s.digest.time },
    risk: {
      day: saved?.riskDay ?? s.risk.day,
      time: saved?.riskTime ?? s.risk.time,
      probabilityThreshold: saved?.riskProbability ?? s.risk.probabilityThreshold,
    },
    nps: { wonDelayDays: saved?.npsWonDelayDays ?? s.nps.wonDelayDays },
    segments: list(saved?.segments) ?? [],
    winChannel: saved?.winChannel ?? undefined,
  };
}
