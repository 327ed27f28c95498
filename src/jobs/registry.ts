import { forecastSnapshot } from "./forecast-snapshot.js";
import { housekeeping } from "./housekeeping.js";
import type { JobDefinition } from "./job.js";
import { monthlyAccuracy } from "./monthly-accuracy.js";
import { npsDigest } from "./nps-digest.js";
import { npsSurveys } from "./nps-surveys.js";
import { riskAlerts } from "./risk-alerts.js";
import { weeklyDigest } from "./weekly-digest.js";
import { weeklyNudges } from "./weekly-nudges.js";
import { winAnnouncements } from "./win-announcements.js";

/** Every scheduled job, in the order a tick checks them. */
export const jobs: JobDefinition[] = [
  weeklyNudges,
  weeklyDigest,
  riskAlerts,
  forecastSnapshot,
  monthlyAccuracy,
  npsSurveys,
  npsDigest,
  housekeeping,
  winAnnouncements,
];
