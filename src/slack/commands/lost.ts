import { changeDeal } from "../../domain/deals/change-deal.js";
import { matchLossReason } from "../../domain/deals/match-stage.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { splitReasonAndNote } from "../../parse/loss-reason.js";
import { invalidMessage, notice } from "../views/change-message.js";
import { lostFormView } from "../views/lost-form.js";
import { replyWithOutcome } from "./after-change.js";
import type { CommandContext } from "./context.js";
import { findDealOrAsk } from "./find-deal.js";

/** `/deal lost <deal> reason <reason> [note]`; without a reason, a picker of the team's reasons opens. */
export async function lostCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "lost" }>,
  chosenDealId?: number,
): Promise<void> {
  const lost = ctx.catalog.stages.find((s) => s.kind === "lost");
  if (!lost)
    return ctx.reply(notice("Your team has no lost stage. An admin can add one with `/deal admin`."));
  const deal = await findDealOrAsk(ctx, cmd.ref, chosenDealId);
  if (!deal) return;
  if (!cmd.reason) {
    return ctx.openModal(
      lostFormView({
        deal,
        reasons: ctx.catalog.lossReasons,
        note: cmd.note,
        metadata: {
          dealId: deal.id,
          version: deal.version,
          ...(ctx.responseUrl ? { responseUrl: ctx.responseUrl } : {}),
        },
      }),
    );
  }
  const labels = ctx.catalog.lossReasons.map((r) => r.label);
  const typed = cmd.note
    ? { ok: true as const, value: { reason: cmd.reason, note: cmd.note } }
    : splitReasonAndNote(cmd.reason, labels);
  const reason = typed.ok ? matchLossReason(ctx.catalog.lossReasons, typed.value.reason) : undefined;
  if (!typed.ok || !reason) {
    const problem = typed.ok
      ? `Loss reason "${typed.value.reason}" is not one of: ${labels.join(", ")}.`
      : typed.error;
    return ctx.reply(invalidMessage([problem], `/deal lost ${deal.name} reason ${labels[0] ?? "price"}`));
  }
  const outcome = await changeDeal(ctx.services, {
    actor: ctx.actor,
    dealId: deal.id,
    request: { stageId: lost.id, lossReasonId: reason.id, lossNote: typed.value.note ?? null },
    source: "command",
    expectedVersion: deal.version,
    requestKey: ctx.requestKey,
  });
  await replyWithOutcome(ctx, outcome);
}
