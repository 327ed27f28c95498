import { logActivity, setSegment } from "../../domain/activities/log-activity.js";
import { refreshHomes } from "../../notify/publish-home.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "../views/change-message.js";
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
  const what = outcome.direction ? `${cmd.type} (${outcome.direction})` : cmd.type;
  await ctx.reply(
    notice(
      `:white_check_mark: Logged a ${what} on *#${deal.id} ${escapeMrkdwn(deal.name)}*${cmd.note ? `: ${escapeMrkdwn(cmd.note)}` : ""}. It counts as activity on the deal.`,
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
  if (outcome.kind === "no-account")
    return ctx.reply(
      notice(`No account is called “${escapeMrkdwn(cmd.account)}”. Accounts come from deals and contacts.`),
    );
  if (outcome.kind === "unknown-segment")
    return ctx.reply(
      notice(
        `“${escapeMrkdwn(cmd.segment ?? "")}” is not one of the team's segments: ${outcome.segments.map(escapeMrkdwn).join(", ")}. An admin sets the list in \`/deal admin\`.`,
      ),
    );
  await ctx.reply(
    notice(
      outcome.segment
        ? `:white_check_mark: *${escapeMrkdwn(outcome.account)}* is now in the segment *${escapeMrkdwn(outcome.segment)}*.`
        : `:white_check_mark: *${escapeMrkdwn(outcome.account)}* has no segment now.`,
    ),
  );
}
