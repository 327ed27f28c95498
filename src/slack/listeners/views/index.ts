import type { App } from "@slack/bolt";
import { storedLanguage } from "../../../notify/user-language.js";
import type { Services } from "../../../services.js";
import {
  ADMIN_FORM,
  DEAL_FORM,
  FORECAST_CALL_FORM,
  LOG_FORM,
  NPS_FORM,
  NPS_VIEWS,
  VIEWS,
} from "../../ids.js";
import { routeViews } from "../router.js";
import { adminSettingsSubmitted } from "./admin-settings.js";
import { dealFormSubmitted } from "./deal-form.js";
import { forecastCallSubmitted } from "./forecast-call.js";
import { logActivitySubmitted } from "./log-activity.js";
import { lostFormSubmitted } from "./lost-form.js";
import { npsCommentSubmitted, npsOutcomeSubmitted } from "./nps.js";
import { pushFormSubmitted } from "./push-form.js";
import { safeSubmit } from "./safe-submit.js";

export function registerViews(app: App, services: Services): void {
  const { logger } = services;
  // Failure notices are written in the submitter's language.
  const language = async (userId: string) => (await storedLanguage(services, userId)).lang;
  routeViews(app, logger, [
    [VIEWS.create, safeSubmit(logger, DEAL_FORM.name, dealFormSubmitted(services, "create"), language)],
    [VIEWS.update, safeSubmit(logger, DEAL_FORM.name, dealFormSubmitted(services, "update"), language)],
    [VIEWS.lost, safeSubmit(logger, DEAL_FORM.lossReason, lostFormSubmitted(services), language)],
    [VIEWS.push, safeSubmit(logger, DEAL_FORM.pushTo, pushFormSubmitted(services), language)],
    [VIEWS.admin, safeSubmit(logger, ADMIN_FORM.timezone, adminSettingsSubmitted(services), language)],
    [
      VIEWS.forecastCall,
      safeSubmit(logger, FORECAST_CALL_FORM.amount, forecastCallSubmitted(services), language),
    ],
    [VIEWS.logActivity, safeSubmit(logger, LOG_FORM.type, logActivitySubmitted(services), language)],
    [NPS_VIEWS.comment, safeSubmit(logger, NPS_FORM.comment, npsCommentSubmitted(services), language)],
    [NPS_VIEWS.outcome, safeSubmit(logger, NPS_FORM.outcome, npsOutcomeSubmitted(services), language)],
  ]);
}
