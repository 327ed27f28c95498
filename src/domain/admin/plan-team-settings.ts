import type { CatalogLossReason, CatalogStage } from "../../db/catalog.js";
import type { TeamMember } from "../../db/users.js";
import type { TeamSettingsWrites } from "../../db/workspace.js";
import { isLang, LANGUAGES, type Lang } from "../../i18n/languages.js";
import { isCurrencyCode } from "../../parse/currency.js";
import { sentence } from "./admin-sentences.js";
import { checkTimezone } from "./check-timezone.js";
import { parseStageLines } from "./parse-stage-lines.js";
import { planLossReasonChanges } from "./plan-loss-reason-changes.js";
import { planStageChanges } from "./plan-stage-changes.js";
import { planTeamChanges } from "./plan-team-changes.js";
import { type AdminProblem, adminProblem, type TeamSettingsInput } from "./team-settings-input.js";

/** What was saved, for the confirmation. */
export interface TeamSettingsSummary {
  timezone: string;
  currency: string;
  /** The team's language, when the form set it. */
  language?: Lang;
  digestChannels: string[];
  alertsChannel: string | null;
  npsChannel: string | null;
  openStages: { name: string; probability: number }[];
  addedStages: string[];
  retiredStages: string[];
  lossReasons: string[];
  retiredLossReasons: string[];
  teams: { managerId: string; repIds: string[] }[];
  winChannel?: string | null;
  segments?: string[];
}

export type TeamSettingsPlan =
  | { ok: true; writes: TeamSettingsWrites; summary: TeamSettingsSummary }
  | { ok: false; problems: AdminProblem[] };

/** Checks every field of the form at once and, when all are right, says what to write. */
export function planTeamSettings(
  input: TeamSettingsInput,
  current: {
    stages: CatalogStage[];
    openDeals: ReadonlyMap<number, number>;
    lossReasons: CatalogLossReason[];
    members: TeamMember[];
  },
): TeamSettingsPlan {
  const problems: AdminProblem[] = [];
  const timezone = checkTimezone(input.timezone);
  if (!timezone.ok) problems.push(adminProblem("timezone", timezone.sentences));
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || !isCurrencyCode(currency))
    problems.push(
      adminProblem("currency", [
        currency
          ? sentence("admin.problem.currency.invalid", { text: input.currency.trim() })
          : sentence("admin.problem.currency.missing"),
      ]),
    );

  const language = input.language?.trim().toLowerCase();
  if (language !== undefined && !isLang(language))
    problems.push(
      adminProblem("language", [
        sentence("admin.problem.language.invalid", { choices: LANGUAGES.join(", ") }),
      ]),
    );

  const lines = parseStageLines(input.stagesText);
  const stages = lines.ok
    ? planStageChanges({ lines: lines.stages, existing: current.stages, openDeals: current.openDeals })
    : lines;
  if (!stages.ok) problems.push(adminProblem("stages", stages.sentences));
  const reasons = planLossReasonChanges({ text: input.lossReasonsText, existing: current.lossReasons });
  if (!reasons.ok) problems.push({ field: "lossReasons", message: reasons.error });
  const team = planTeamChanges({
    managerIds: input.managerIds,
    repsByManager: input.repsByManager,
    members: current.members,
  });
  if (!team.ok) problems.push(...team.problems);

  if (!timezone.ok || !lines.ok || !stages.ok || !reasons.ok || !team.ok || problems.length > 0)
    return { ok: false, problems };
  const digestChannels = [...new Set(input.digestChannels)];
  const segments =
    input.segmentsText === undefined
      ? undefined
      : [
          ...new Set(
            input.segmentsText
              .split(/[\n,]/)
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
  return {
    ok: true,
    writes: {
      workspace: {
        timezone: timezone.value,
        currency,
        ...(language && isLang(language) ? { locale: language } : {}),
        // "" (not null): no digest channels, rather than the environment's default.
        digestChannels: digestChannels.join(","),
        alertsChannel: input.alertsChannel,
        npsChannel: input.npsChannel,
        ...(input.winChannel !== undefined ? { winChannel: input.winChannel } : {}),
        ...(segments !== undefined ? { segments: segments.join(",") } : {}),
      },
      stages: stages.writes,
      lossReasons: reasons.writes,
      team: team.writes,
    },
    summary: {
      timezone: timezone.value,
      currency,
      ...(language && isLang(language) ? { language } : {}),
      digestChannels,
      alertsChannel: input.alertsChannel,
      npsChannel: input.npsChannel,
      openStages: lines.stages,
      addedStages: stages.writes.creates.map((s) => s.name),
      retiredStages: stages.writes.retire.map((s) => s.name),
      lossReasons: reasons.labels,
      retiredLossReasons: reasons.writes.retire.map((r) => r.label),
      teams: team.teams,
      ...(input.winChannel !== undefined ? { winChannel: input.winChannel } : {}),
      ...(segments !== undefined ? { segments } : {}),
    },
  };
}
