import { parseQuotaPeriod } from "../domain/digest/periods.js";
import { parseAmount } from "./amount.js";
import { fail, type Result, succeed } from "./result.js";
import { parseUserMention } from "./user-mention.js";

export interface QuotaInput {
  /** A Slack user id, or "team". */
  subject: string;
  period: string;
  amountMinor: bigint;
  currency: string;
}

export const QUOTA_EXAMPLE = "/deal admin quota @maria 50k 2026-11 or /deal admin quota team 600k 2026-Q4";

/**
 * One quota: who (a mention, a bare user id for CSV files, or "team"), how much, which
 * month (YYYY-MM) or quarter (YYYY-Qn).
 */
export function parseQuota(
  input: { who: string; amount: string; period: string },
  opts: { defaultCurrency: string; allowBareId?: boolean },
): Result<QuotaInput> {
  const who = input.who.trim();
  let subject: string;
  if (who.toLowerCase() === "team") subject = "team";
  else if (opts.allowBareId && /^[UW][A-Z0-9]{2,}$/.test(who)) subject = who;
  else {
    const id = parseUserMention(who, "Quota owner");
    if (!id.ok) return fail(`${id.error} Or use "team".`);
    subject = id.value;
  }
  const amount = parseAmount(input.amount, { defaultCurrency: opts.defaultCurrency });
  if (!amount.ok) return amount;
  if (amount.value.minor === 0n) return fail("A quota of 0 is no target. Give an amount, e.g. 50k.");
  const period = parseQuotaPeriod(input.period);
  if (!period)
    return fail(`Period "${input.period.trim()}" is neither a month (2026-11) nor a quarter (2026-Q4).`);
  return succeed({
    subject,
    period: period.key,
    amountMinor: amount.value.minor,
    currency: amount.value.currency,
  });
}

/** `/deal admin quota <@user|team> <amount> <period>`: the words after "quota". */
export function parseQuotaArgs(args: string, opts: { defaultCurrency: string }): Result<QuotaInput> {
  const words = args.trim().split(/\s+/).filter(Boolean);
  if (words.length < 3) return fail(`Say who, how much and for when, e.g. ${QUOTA_EXAMPLE}.`);
  const who = words[0]!;
  const period = words.at(-1)!;
  const amount = words.slice(1, -1).join(" ");
  return parseQuota({ who, amount, period }, opts);
}
