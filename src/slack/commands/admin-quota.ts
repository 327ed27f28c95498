import { setQuota } from "../../domain/quotas/set-quota.js";
import { renderProblem } from "../../i18n/problem.js";
import { formatAmount } from "../../parse/amount.js";
import { parseQuotaArgs, QUOTA_EXAMPLE } from "../../parse/quota.js";
import { invalidMessage, notice } from "../views/change-message.js";
import type { CommandContext } from "./context.js";

/** `/deal admin quota <@user|team> <amount> <month YYYY-MM | quarter YYYY-Qn>` (admins only; checked by the caller). */
export async function adminQuotaCommand(ctx: CommandContext, args: string): Promise<void> {
  const quota = parseQuotaArgs(args, { defaultCurrency: ctx.settings.currency });
  if (!quota.ok)
    return ctx.reply(
      invalidMessage([renderProblem(ctx.actor.lang, quota.problem)], QUOTA_EXAMPLE, ctx.actor.lang),
    );
  await setQuota(ctx.services, quota.value);
  const who = quota.value.subject === "team" ? "the team" : `<@${quota.value.subject}>`;
  return ctx.reply(
    notice(
      `Quota for ${who}, ${quota.value.period}: ${formatAmount(quota.value.amountMinor, quota.value.currency, ctx.settings.locale)}.`,
      "It shows in the weekly digest and in `/deal forecast`.",
    ),
  );
}
