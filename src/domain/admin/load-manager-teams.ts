import { listManagerTeams, type ManagerTeam, userNames } from "../../db/users.js";
import type { DirectoryServices } from "../people/directory.js";

/**
 * Managers with their current reps, for the team settings modal: the current
 * managers, or the given ones in that order. People Dealbot has not met yet are
 * looked up in Slack first, so their box shows their name.
 */
export async function loadManagerTeams(
  services: Pick<DirectoryServices, "db" | "directory">,
  options: { managerIds?: string[] } = {},
): Promise<ManagerTeam[]> {
  const { managerIds } = options;
  if (!managerIds) return listManagerTeams(services.db);
  const ids = [...new Set(managerIds)];
  const known = await userNames(services.db, ids);
  await Promise.all(ids.filter((id) => !known.has(id)).map((id) => services.directory.ensureUser(id)));
  return listManagerTeams(services.db, ids);
}
