import { setQuota } from "../../domain/quotas/set-quota.js";
import { formatMoney } from "../../i18n/format.js";
import { renderProblem } from "../../i18n/problem.js";
import { t } from "../../i18n/t.js";
import { parseQuotaArgs, QUOTA_EXAMPLE } from "../../parse/quota.js";
import { invalidMessage, notice } from "../views/change-message.js";
import type { CommandContext } from "./context.js";

/** `/deal admin quota <@user|team> <amount> <month YYYY-MM | quarter YYYY-Qn>` (admins only; checked by the caller). */
export async function adminQuotaCommand(ctx: CommandContext, args: string): Promise<void> {
  const quota = parseQuotaArgs(args, { defaultCurrency: ctx.settings.currency });
  const { lang } = ctx.actor;
  if (!quota.ok) return ctx.reply(invalidMessage([renderProblem(lang, quota.problem)], QUOTA_EXAMPLE, lang));
  await setQuota(ctx.services, quota.value);
  const { subject, period, amountMinor, currency } = quota.value;
  const values = { period, amount: formatMoney(lang, amountMinor, currency) };
  return ctx.reply(
    notice(
      subject === "team"
        ? t(lang, "reply.quota.team", values)
        : t(lang, "reply.quota.rep", { ...values, rep: subject }),
      t(lang, "reply.quota.tip"),
    ),
  );
}
