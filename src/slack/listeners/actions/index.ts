import type { App } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { ACTIONS, NPS_ACTIONS, NUDGE_ACTIONS, RISK_ACTIONS } from "../../ids.js";
import { adminManagersChanged } from "./admin-managers.js";
import { chooseButton } from "./choose.js";
import { editButton } from "./edit.js";
import { homeNewButton, homeRefreshButton } from "./home.js";
import { npsOutcomeButton, npsScoreButton, npsTakeButton } from "./nps.js";
import { nudgeAll, nudgeConfirm, nudgeLost, nudgePush, nudgeUpdate } from "./nudge.js";
import { nudgeMore } from "./nudge-more.js";
import { riskCommit } from "./risk.js";
import { undoButton } from "./undo.js";

export function registerActions(app: App, services: Services): void {
  app.action(ACTIONS.undo, undoButton(services));
  app.action(ACTIONS.choose, chooseButton(services));
  app.action(ACTIONS.edit, editButton(services));
  app.action(ACTIONS.homeRefresh, homeRefreshButton(services));
  app.action(ACTIONS.homeNew, homeNewButton(services));
  app.action(NUDGE_ACTIONS.confirm, nudgeConfirm(services));
  app.action(NUDGE_ACTIONS.all, nudgeAll(services));
  app.action(NUDGE_ACTIONS.update, nudgeUpdate(services));
  app.action(NUDGE_ACTIONS.push, nudgePush(services));
  app.action(NUDGE_ACTIONS.lost, nudgeLost(services));
  app.action(NUDGE_ACTIONS.more, nudgeMore(services));
  app.action(RISK_ACTIONS.commit, riskCommit(services));
  app.action(ACTIONS.adminManagers, adminManagersChanged(services));
  app.action(new RegExp(`^${NPS_ACTIONS.score.replace(".", "\\.")}:\\d+$`), npsScoreButton(services));
  app.action(NPS_ACTIONS.take, npsTakeButton(services));
  app.action(NPS_ACTIONS.outcome, npsOutcomeButton(services));
}
