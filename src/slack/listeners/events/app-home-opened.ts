import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { publishHome } from "../../../notify/publish-home.js";
import type { Services } from "../../../services.js";

export function appHomeOpened(services: Services) {
  return async ({ event }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    await services.afterAck((workServices) => publishHome(workServices, event.user));
  };
}
