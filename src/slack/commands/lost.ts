import type { LossReasonRow } from "../../db/catalog.js";
import { matchLossReason } from "../../domain/deals/match-stage.js";
import { t } from "../../i18n/t.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { splitReasonAndNote } from "../../parse/loss-reason.js";
import { invalidMessage, notice } from "../views/change-message.js";
import { lostFormView } from "../views/lost-form.js";
import { changeAndReply } from "./after-change.js";
import type { CommandContext } from "./context.js";
import { findDealOrAsk } from "./find-deal.js";

/** `/deal lost <deal> reason <reason> [note]`; without a reason, a picker of the team's reasons opens. */
export async function lostCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "lost" }>,
  chosenDealId?: number,
): Promise<void> {
  const lost = ctx.catalog.stages.find((s) => s.kind === "lost");
  if (!lost) return ctx.reply(notice(t(ctx.actor.lang, "reply.noLostStage")));
  const deal = await findDealOrAsk(ctx, cmd.ref, chosenDealId);
  if (!deal) return;
  if (!cmd.reason) {
    return ctx.openModal(
      lostFormView({
        deal,
        reasons: ctx.catalog.lossReasons,
        lang: ctx.actor.lang,
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
  const typed = readReason(ctx.catalog.lossReasons, cmd.reason, cmd.note);
  if (typed.kind === "ambiguous") {
    // "no" could be "No budget" or "No decision": let them pick, keeping the note.
    return ctx.openModal(
      lostFormView({
        deal,
        reasons: ctx.catalog.lossReasons,
        lang: ctx.actor.lang,
        note: typed.note,
        metadata: {
          dealId: deal.id,
          version: deal.version,
          ...(ctx.responseUrl ? { responseUrl: ctx.responseUrl } : {}),
        },
      }),
    );
  }
  if (typed.kind === "none") {
    const problem = t(ctx.actor.lang, "form.lost.unknownReason", {
      reason: cmd.reason,
      reasons: labels.join(", "),
    });
    return ctx.reply(
      invalidMessage([problem], `/deal lost ${deal.name} reason ${labels[0] ?? "price"}`, ctx.actor.lang),
    );
  }
  const { reason, note } = typed;
  await changeAndReply(
    ctx,
    deal,
    { stageId: lost.id, lossReasonId: reason.id, lossNote: note ?? null },
    typed.understood ? [`reason: ${typed.typed ?? cmd.reason} → ${reason.label}`] : [],
  );
}

type ReadReason =
  | { kind: "found"; reason: LossReasonRow; note?: string; understood: boolean; typed?: string }
  | { kind: "ambiguous"; note?: string }
  | { kind: "none" };

/**
 * The reason and note in `reason <text>`: the longest start of the text that names one of the
 * team's reasons (exactly, by an unambiguous start, or by a close spelling); the rest is the note.
 */
function readReason(reasons: LossReasonRow[], text: string, note: string | undefined): ReadReason {
  if (note !== undefined) {
    const match = matchLossReason(reasons, text);
    if (match.kind === "found")
      return { kind: "found", reason: match.reason, note, understood: match.understood };
    return match.kind === "ambiguous" ? { kind: "ambiguous", note } : { kind: "none" };
  }
  const split = splitReasonAndNote(
    text,
    reasons.map((r) => r.label),
  );
  if (split.ok) {
    const exact = reasons.find((r) => r.label === split.value.reason);
    if (exact)
      return {
        kind: "found",
        reason: exact,
        understood: false,
        ...(split.value.note ? { note: split.value.note } : {}),
      };
  }
  const words = text.trim().split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const rest = words
      .slice(n)
      .join(" ")
      .replace(/^[-–—:;,.]+\s*/, "");
    const typed = words.slice(0, n).join(" ");
    const match = matchLossReason(reasons, typed);
    const withNote = rest ? { note: rest } : {};
    if (match.kind === "found")
      return { kind: "found", reason: match.reason, understood: match.understood, typed, ...withNote };
    if (match.kind === "ambiguous") return { kind: "ambiguous", ...withNote };
  }
  return { kind: "none" };
}
