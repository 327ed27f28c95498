import { logActivity, setSegment } from "../../domain/activities/log-activity.js";
import { t } from "../../i18n/t.js";
import { refreshHomes } from "../../notify/publish-home.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "../views/change-message.js";
import { dealTitle } from "../views/format.js";
import type { CommandContext } from "./context.js";
import { findDealOrAsk } from "./find-deal.js";

/** `/deal log call|meeting|email|demo|task <deal> [in|out] [note]` */
export async function logCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "log" }>,
  chosenDealId?: number,
): Promise<void> {
  const deal = await findDealOrAsk(ctx, cmd.ref, chosenDealId);
  if (!deal) return;
  const outcome = await logActivity(ctx.services, {
    actor: ctx.actor,
    dealId: deal.id,
    type: cmd.type,
    direction: cmd.direction,
    note: cmd.note ?? null,
    requestKey: ctx.requestKey,
  });
  if (!outcome.recorded) return; // a retry of a request already recorded: its reply was sent
  const { lang } = ctx.actor;
  const what = t(lang, "reply.log.what", { type: cmd.type, direction: outcome.direction ?? "none" });
  const values = { what, deal: dealTitle(deal) };
  await ctx.reply(
    notice(
      cmd.note
        ? t(lang, "reply.log.loggedNote", { ...values, note: escapeMrkdwn(cmd.note) })
        : t(lang, "reply.log.logged", values),
    ),
  );
  await refreshHomes(ctx.services, [...new Set([ctx.actor.id, deal.ownerId])]);
}

/** `/deal account <name> segment <segment>` */
export async function accountSegmentCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "account-segment" }>,
): Promise<void> {
  const outcome = await setSegment(ctx.services, {
    account: cmd.account,
    segment: cmd.segment,
    segments: ctx.settings.segments ?? [],
  });
  const { lang } = ctx.actor;
  if (outcome.kind === "no-account")
    return ctx.reply(notice(t(lang, "reply.account.none", { account: escapeMrkdwn(cmd.account) })));
  if (outcome.kind === "unknown-segment")
    return ctx.reply(
      notice(
        t(lang, "reply.account.unknownSegment", {
          segment: escapeMrkdwn(cmd.segment ?? ""),
          segments: outcome.segments.map(escapeMrkdwn).join(", "),
        }),
      ),
    );
  const account = escapeMrkdwn(outcome.account);
  await ctx.reply(
    notice(
      outcome.segment
        ? t(lang, "reply.account.segmentSet", { account, segment: escapeMrkdwn(outcome.segment) })
        : t(lang, "reply.account.segmentCleared", { account }),
    ),
  );
}
