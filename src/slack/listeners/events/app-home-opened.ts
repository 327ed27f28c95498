import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { publishHome } from "../../home/publish-home.js";

export function appHomeOpened(services: Services) {
  return async ({ event }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    await services.afterAck((workServices) => publishHome(workServices, event.user));
  };
}
