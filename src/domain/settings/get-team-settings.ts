import { findWorkspace } from "../../db/workspace.js";
import type { Services } from "../../services.js";
import { resolveTeamSettings, type TeamSettings } from "./team-settings.js";

export async function getTeamSettings({
  config,
  db,
}: Pick<Services, "config" | "db">): Promise<TeamSettings> {
  return resolveTeamSettings(config, await findWorkspace(db));
}
