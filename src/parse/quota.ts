import { parseQuotaPeriod } from "../domain/digest/periods.js";
import { parseAmount } from "./amount.js";
import { type Parsed, reject, withTip } from "./problem.js";
import { succeed } from "./result.js";
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
): Parsed<QuotaInput> {
  const who = input.who.trim();
  let subject: string;
  if (who.toLowerCase() === "team") subject = "team";
  else if (opts.allowBareId && /^[UW][A-Z0-9]{2,}$/.test(who)) subject = who;
  else {
    const id = parseUserMention(who, "parse.what.quotaOwner");
    if (!id.ok) return { ok: false, problem: withTip(id.problem, "parse.tip.orTeam") };
    subject = id.value;
  }
  const amount = parseAmount(input.amount, { defaultCurrency: opts.defaultCurrency });
  if (!amount.ok) return amount;
  if (amount.value.minor === 0n) return reject("parse.quota.zero");
  const period = parseQuotaPeriod(input.period);
  if (!period) return reject("parse.quota.period", { text: input.period.trim() });
  return succeed({
    subject,
    period: period.key,
    amountMinor: amount.value.minor,
    currency: amount.value.currency,
  });
}

/** `/deal admin quota <@user|team> <amount> <period>`: the words after "quota". */
export function parseQuotaArgs(args: string, opts: { defaultCurrency: string }): Parsed<QuotaInput> {
  const words = args.trim().split(/\s+/).filter(Boolean);
  if (words.length < 3) return reject("parse.quota.missing");
  const who = words[0]!;
  const period = words.at(-1)!;
  const amount = words.slice(1, -1).join(" ");
  return parseQuota({ who, amount, period }, opts);
}
