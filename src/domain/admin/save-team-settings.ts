import {
  listAllLossReasons,
  listAllStages,
  openDealCountsByStage,
  StagesInUseError,
} from "../../db/catalog.js";
import { isUniqueViolation } from "../../db/client.js";
import { findUser, listTeamMembers } from "../../db/users.js";
import { saveTeamSettingsAtomically } from "../../db/workspace.js";
import { type Phrase, phrase, say } from "../../i18n/phrase.js";
import type { Services } from "../../services.js";
import { planTeamSettings, type TeamSettingsSummary } from "./plan-team-settings.js";
import type { AdminProblem, TeamSettingsInput } from "./team-settings-input.js";

export type SaveTeamSettingsOutcome =
  | { kind: "saved"; summary: TeamSettingsSummary; newUserIds: string[] }
  /** `message` in English; `phrase` to render in the reader's language. */
  | { kind: "refused"; message: string; phrase: Phrase }
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
  if (actor?.role !== "admin") {
    const refusal = phrase("reply.adminFormRefused");
    return { kind: "refused", message: say("en", refusal), phrase: refusal };
  }
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
        problems: error.counts.map(({ name, count }) => ({
          field: "stages",
          message: `${count} open deal${count === 1 ? " was" : "s were"} just moved into ${name}: move them out first, or keep ${name} in the list. Nothing was saved.`,
        })),
      };
    if (isUniqueViolation(error))
      return {
        kind: "invalid",
        problems: [
          {
            field: "stages",
            message:
              "Someone changed the stages or loss reasons at the same moment. Nothing was saved: submit again.",
          },
        ],
      };
    throw error;
  }
  const known = new Set(members.map((m) => m.id));
  const newUserIds = plan.writes.team.filter((w) => !known.has(w.id)).map((w) => w.id);
  return { kind: "saved", summary: plan.summary, newUserIds };
}
