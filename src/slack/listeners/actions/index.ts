import type { App } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { ACTIONS, NPS_ACTIONS, NUDGE_ACTIONS, RISK_ACTIONS } from "../../ids.js";
import { routeActions } from "../router.js";
import { adminManagersChanged } from "./admin-managers.js";
import { chooseButton } from "./choose.js";
import { editButton } from "./edit.js";
import { homeForecastCallButton, homeNewButton, homeRefreshButton } from "./home.js";
import { logActivityButton } from "./log-activity.js";
import { npsOutcomeButton, npsScoreButton, npsTakeButton } from "./nps.js";
import { nudgeAll, nudgeConfirm, nudgeLost, nudgePush, nudgeUpdate, nudgeWon } from "./nudge.js";
import { nudgeMore } from "./nudge-more.js";
import { chooseContactButton, chooseStageButton } from "./pick.js";
import { riskCommit } from "./risk.js";
import { undoButton } from "./undo.js";

export function registerActions(app: App, services: Services): void {
  routeActions(app, services.logger, [
    [ACTIONS.undo, undoButton(services)],
    [ACTIONS.choose, chooseButton(services)],
    [new RegExp(`^${ACTIONS.chooseStage.replace(".", "\\.")}:\\d+$`), chooseStageButton(services)],
    [ACTIONS.chooseContact, chooseContactButton(services)],
    [ACTIONS.edit, editButton(services)],
    [ACTIONS.homeRefresh, homeRefreshButton(services)],
    [ACTIONS.homeNew, homeNewButton(services)],
    [ACTIONS.homeForecastCall, homeForecastCallButton(services)],
    [NUDGE_ACTIONS.confirm, nudgeConfirm(services)],
    [NUDGE_ACTIONS.all, nudgeAll(services)],
    [NUDGE_ACTIONS.update, nudgeUpdate(services)],
    [NUDGE_ACTIONS.push, nudgePush(services)],
    [NUDGE_ACTIONS.lost, nudgeLost(services)],
    [NUDGE_ACTIONS.more, nudgeMore(services)],
    [NUDGE_ACTIONS.won, nudgeWon(services)],
    [RISK_ACTIONS.commit, riskCommit(services)],
    [ACTIONS.adminManagers, adminManagersChanged(services)],
    [ACTIONS.logActivity, logActivityButton(services)],
    [new RegExp(`^${NPS_ACTIONS.score.replace(".", "\\.")}:\\d+$`), npsScoreButton(services)],
    [NPS_ACTIONS.take, npsTakeButton(services)],
    [NPS_ACTIONS.outcome, npsOutcomeButton(services)],
  ]);
}
