import { userNames } from "../../db/users.js";
import { pipelineOf } from "../../domain/deals/pipeline-of.js";
import { getTeamSettings } from "../../domain/settings/get-team-settings.js";
import { ensureUser } from "../../domain/users/ensure-user.js";
import type { Services } from "../../services.js";
import { homeView } from "../views/home.js";

/** Renders and publishes one person's Home tab. */
export async function publishHome(services: Services, userId: string): Promise<void> {
  const user = await ensureUser(services, userId);
  const settings = await getTeamSettings(services);
  const pipeline = await pipelineOf(services, user, settings);
  const names = await userNames(services.db, pipeline.team?.map((t) => t.ownerId) ?? []);
  await services.slack.views.publish({ user_id: userId, view: homeView(pipeline, names) });
}

/** Refreshes several Home tabs after a change; a failure for one person is logged, not thrown. */
export async function refreshHomes(services: Services, userIds: string[]): Promise<void> {
  for (const id of userIds) {
    try {
      await publishHome(services, id);
    } catch (error) {
      services.logger.warn({ err: error, user: id }, "could not refresh the Home tab");
    }
  }
}
