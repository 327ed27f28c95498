import type { App } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { ADMIN_FORM, DEAL_FORM, LOG_FORM, NPS_FORM, NPS_VIEWS, VIEWS } from "../../ids.js";
import { routeViews } from "../router.js";
import { adminSettingsSubmitted } from "./admin-settings.js";
import { dealFormSubmitted } from "./deal-form.js";
import { logActivitySubmitted } from "./log-activity.js";
import { lostFormSubmitted } from "./lost-form.js";
import { npsCommentSubmitted, npsOutcomeSubmitted } from "./nps.js";
import { pushFormSubmitted } from "./push-form.js";
import { safeSubmit } from "./safe-submit.js";

export function registerViews(app: App, services: Services): void {
  const { logger } = services;
  routeViews(app, logger, [
    [VIEWS.create, safeSubmit(logger, DEAL_FORM.name, dealFormSubmitted(services, "create"))],
    [VIEWS.update, safeSubmit(logger, DEAL_FORM.name, dealFormSubmitted(services, "update"))],
    [VIEWS.lost, safeSubmit(logger, DEAL_FORM.lossReason, lostFormSubmitted(services))],
    [VIEWS.push, safeSubmit(logger, DEAL_FORM.pushTo, pushFormSubmitted(services))],
    [VIEWS.admin, safeSubmit(logger, ADMIN_FORM.timezone, adminSettingsSubmitted(services))],
    [VIEWS.logActivity, safeSubmit(logger, LOG_FORM.type, logActivitySubmitted(services))],
    [NPS_VIEWS.comment, safeSubmit(logger, NPS_FORM.comment, npsCommentSubmitted(services))],
    [NPS_VIEWS.outcome, safeSubmit(logger, NPS_FORM.outcome, npsOutcomeSubmitted(services))],
  ]);
}
