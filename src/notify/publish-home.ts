import { listReportIds, userNames } from "../db/users.js";
import { pipelineOf } from "../domain/deals/pipeline-of.js";
import { getTeamSettings } from "../domain/settings/get-team-settings.js";
import { personLanguage } from "../i18n/languages.js";
import { readerOf } from "../reads/heavy-reads.js";
import type { Services } from "../services.js";
import { homeView } from "../slack/views/home.js";
import { ensureUser } from "./ensure-user.js";

/** Renders and publishes one person's Home tab. */
export async function publishHome(services: Services, userId: string): Promise<void> {
  const user = await ensureUser(services, userId);
  const settings = await getTeamSettings(services);
  const pipeline = await pipelineOf(services, user, settings);
  const names = await userNames(services.db, pipeline.team?.map((t) => t.ownerId) ?? []);
  const lang = personLanguage(user, settings.language);
  // Managers see their team's forecast roll-up and their own call (as `/deal forecast team`).
  const reps = user.role === "rep" ? [] : await listReportIds(services.db, userId);
  const forecast =
    reps.length > 0
      ? await readerOf(services).read("teamForecast", {
          at: services.clock.now(),
          settings,
          managerId: userId,
          repIds: reps,
        })
      : undefined;
  await services.slack.views.publish({
    user_id: userId,
    view: homeView(pipeline, names, lang, forecast),
  });
}

/** Per app (its Slack client): Home tabs being refreshed, and whether another change came in meanwhile. */
const refreshing = new WeakMap<Services["slack"], Map<string, { again: boolean }>>();

/**
 * Refreshes several Home tabs after a change; a failure for one person is
 * logged, not thrown. Changes arriving while a person's tab is being refreshed
 * are folded into one more refresh, so a burst of updates publishes a few times,
 * not once per update, and the last publish always shows the latest state.
 */
export async function refreshHomes(services: Services, userIds: string[]): Promise<void> {
  if (services.refreshHomesLater) return services.refreshHomesLater(userIds);
  let running = refreshing.get(services.slack);
  if (!running) {
    running = new Map();
    refreshing.set(services.slack, running);
  }
  for (const id of userIds) {
    const current = running.get(id);
    if (current) {
      current.again = true;
      continue;
    }
    const state = { again: true };
    running.set(id, state);
    try {
      while (state.again) {
        state.again = false;
        await publishHome(services, id);
      }
    } catch (error) {
      services.logger.warn({ err: error, user: id }, "could not refresh the Home tab");
    } finally {
      running.delete(id);
    }
  }
}
