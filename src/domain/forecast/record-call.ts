import { recordForecastCall } from "../../db/forecast-team.js";
import { parseAmount } from "../../parse/amount.js";
import type { Problem } from "../../parse/problem.js";
import type { Services } from "../../services.js";
import { digestPeriods } from "../digest/periods.js";
import type { TeamSettings } from "../settings/team-settings.js";

export type CallOutcome =
  | { ok: true; period: string; amountMinor: bigint }
  | { ok: false; problem: "amount"; amountProblem: Problem }
  | { ok: false; problem: "currency"; currency: string };

/**
 * Records a manager's own forecast call for this month or this quarter (team calendar),
 * from the amount as typed ("250k"); the latest call per period is the one shown.
 */
export async function recordCall(
  services: Pick<Services, "db" | "clock">,
  input: { managerId: string; amount: string; period: "month" | "quarter"; settings: TeamSettings },
): Promise<CallOutcome> {
  const { settings } = input;
  const amount = parseAmount(input.amount, { defaultCurrency: settings.currency });
  if (!amount.ok) return { ok: false, problem: "amount", amountProblem: amount.problem };
  if (amount.value.currency !== settings.currency)
    return { ok: false, problem: "currency", currency: settings.currency };
  const at = services.clock.now();
  const periods = digestPeriods(at, settings.timezone);
  const period = input.period === "quarter" ? periods.quarter.key : periods.month.key;
  await recordForecastCall(services.db, {
    subject: input.managerId,
    period,
    amountMinor: amount.value.minor,
    currency: settings.currency,
    recordedAt: at,
  });
  return { ok: true, period, amountMinor: amount.value.minor };
}
