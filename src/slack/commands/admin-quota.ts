import { setQuota } from "../../domain/quotas/set-quota.js";
import { formatMoney } from "../../i18n/format.js";
import { renderProblem } from "../../i18n/problem.js";
import { t } from "../../i18n/t.js";
import { parseQuotaArgs, QUOTA_EXAMPLE } from "../../parse/quota.js";
import { invalidMessage, notice } from "../views/change-message.js";
import type { CommandContext } from "./context.js";

/** `/deal admin quota <@user|team> <amount> <month YYYY-MM | quarter YYYY-Qn>` (admins only; checked by the caller). */
export async function adminQuotaCommand(ctx: CommandContext, args: string): Promise<void> {
  const { lang } = ctx.actor;
  const quota = parseQuotaArgs(args, { defaultCurrency: ctx.settings.currency });
  if (!quota.ok) return ctx.reply(invalidMessage([renderProblem(lang, quota.problem)], QUOTA_EXAMPLE, lang));
  await setQuota(ctx.services, quota.value);
  return ctx.reply(
    notice(
      t(lang, "admin.quota.saved", {
        subject: quota.value.subject,
        period: quota.value.period,
        amount: formatMoney(lang, quota.value.amountMinor, quota.value.currency),
      }),
      t(lang, "admin.quota.tip"),
    ),
  );
}
