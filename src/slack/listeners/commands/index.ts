import type { App } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { COMMAND } from "../../ids.js";
import { dealCommand } from "./deal.js";

export function registerCommands(app: App, services: Services): void {
  app.command(COMMAND, dealCommand(services));
}
