import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { ensureUser } from "../../../domain/users/ensure-user.js";
import type { Services } from "../../../services.js";
import { welcomeHomeView } from "../../views/home.js";

export function appHomeOpened(services: Services) {
  return async ({ event }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    const user = await ensureUser(services, event.user);
    await services.slack.views.publish({ user_id: event.user, view: welcomeHomeView(user.name) });
  };
}
