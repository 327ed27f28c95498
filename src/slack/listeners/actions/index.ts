import type { App } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { ACTIONS } from "../../ids.js";
import { chooseButton } from "./choose.js";
import { editButton } from "./edit.js";
import { homeNewButton, homeRefreshButton } from "./home.js";
import { undoButton } from "./undo.js";

export function registerActions(app: App, services: Services): void {
  app.action(ACTIONS.undo, undoButton(services));
  app.action(ACTIONS.choose, chooseButton(services));
  app.action(ACTIONS.edit, editButton(services));
  app.action(ACTIONS.homeRefresh, homeRefreshButton(services));
  app.action(ACTIONS.homeNew, homeNewButton(services));
}
