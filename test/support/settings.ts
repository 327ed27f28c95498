import { SCHEDULE_DEFAULTS, type TeamSettings } from "../../src/domain/settings/team-settings.js";

/** A team's settings as a fresh install has them (UTC, EUR, English, no channels), with `overrides`. */
export const teamSettings = (overrides: Partial<TeamSettings> = {}): TeamSettings => ({
  timezone: "UTC",
  currency: "EUR",
  language: "en",
  locale: "en",
  channels: { digest: [], alerts: undefined, nps: undefined },
  nudges: { ...SCHEDULE_DEFAULTS.nudges },
  digest: { ...SCHEDULE_DEFAULTS.digest },
  risk: { ...SCHEDULE_DEFAULTS.risk },
  nps: { ...SCHEDULE_DEFAULTS.nps },
  ...overrides,
});
