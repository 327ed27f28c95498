import {
  listAllLossReasons,
  listAllStages,
  openDealCountsByStage,
  StagesInUseError,
} from "../../db/catalog.js";
import { isUniqueViolation } from "../../db/client.js";
import { findUser, listTeamMembers } from "../../db/users.js";
import { saveTeamSettingsAtomically } from "../../db/workspace.js";
import type { Services } from "../../services.js";
import { sentence } from "./admin-sentences.js";
import { planTeamSettings, type TeamSettingsSummary } from "./plan-team-settings.js";
import { type AdminProblem, adminProblem, type TeamSettingsInput } from "./team-settings-input.js";

export type SaveTeamSettingsOutcome =
  | { kind: "saved"; summary: TeamSettingsSummary; newUserIds: string[] }
  | { kind: "refused"; message: string }
  | { kind: "invalid"; problems: AdminProblem[] };

/**
 * Saves the team settings modal: checks that the actor is an admin, checks
 * every field, then writes the workspace row, stages, loss reasons and team in
 * one transaction. On any problem nothing is saved.
 */
export async function saveTeamSettings(
  { db }: Pick<Services, "db">,
  options: { actorId: string; input: TeamSettingsInput },
): Promise<SaveTeamSettingsOutcome> {
  const actor = await findUser(db, options.actorId);
  if (actor?.role !== "admin")
    return {
      kind: "refused",
      message: "Only Dealbot admins can change team settings. Nothing was saved: ask an admin.",
    };
  const { input } = options;
  const mentioned = [...input.managerIds, ...Object.values(input.repsByManager).flat()];
  const [stages, openDeals, lossReasons, members] = await Promise.all([
    listAllStages(db),
    openDealCountsByStage(db),
    listAllLossReasons(db),
    listTeamMembers(db, mentioned),
  ]);
  const plan = planTeamSettings(input, { stages, openDeals, lossReasons, members });
  if (!plan.ok) return { kind: "invalid", problems: plan.problems };
  try {
    await saveTeamSettingsAtomically(db, plan.writes, options.actorId);
  } catch (error) {
    if (error instanceof StagesInUseError)
      return {
        kind: "invalid",
        problems: error.counts.map(({ name, count }) =>
          adminProblem("stages", [sentence("admin.problem.stages.justMoved", { count, stage: name })]),
        ),
      };
    if (isUniqueViolation(error))
      return {
        kind: "invalid",
        problems: [adminProblem("stages", [sentence("admin.problem.stages.concurrent")])],
      };
    throw error;
  }
  const known = new Set(members.map((m) => m.id));
  const newUserIds = plan.writes.team.filter((w) => !known.has(w.id)).map((w) => w.id);
  return { kind: "saved", summary: plan.summary, newUserIds };
}
