import type { App } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { VIEWS } from "../../ids.js";
import { dealFormSubmitted } from "./deal-form.js";
import { lostFormSubmitted } from "./lost-form.js";

export function registerViews(app: App, services: Services): void {
  app.view(VIEWS.create, dealFormSubmitted(services, "create"));
  app.view(VIEWS.update, dealFormSubmitted(services, "update"));
  app.view(VIEWS.lost, lostFormSubmitted(services));
}
