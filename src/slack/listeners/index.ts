import type { App } from "@slack/bolt";
import type { Services } from "../../services.js";
import type { SlackWork } from "../../work/slack-work.js";
import { registerMiddleware } from "../middleware/index.js";
import { registerActions } from "./actions/index.js";
import { registerCommands } from "./commands/index.js";
import { registerEvents } from "./events/index.js";
import { ackShortcuts } from "./router.js";
import { registerViews } from "./views/index.js";

/** Wires every Slack surface to its listeners. */
export function registerListeners(app: App, services: Services, work: SlackWork): void {
  registerMiddleware(app, services, work);
  registerCommands(app, services);
  registerEvents(app, services);
  registerActions(app, services);
  registerViews(app, services);
  ackShortcuts(app, services.logger);
  app.error(async (error) => {
    services.logger.error(
      { err: error.original ?? error, code: error.code },
      "unhandled error in a Slack listener",
    );
  });
}
