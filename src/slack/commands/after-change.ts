import type { DealRow } from "../../db/deals.js";
import { type ChangeOutcome, changeDeal } from "../../domain/deals/change-deal.js";
import type { ChangeRequest } from "../../domain/deals/change-request.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { withDirectory } from "../../notify/directory.js";
import { refreshHomes } from "../../notify/publish-home.js";
import type { WorkContext } from "../../work/slack-work.js";
import { changeMessage, conflictMessage, fieldErrorsMessage, notice } from "../views/change-message.js";
import type { Message } from "../views/help.js";
import { refusalText } from "../views/refusal.js";
import type { CommandContext } from "./context.js";

/**
 * Applies a command's change to the deal it found, then replies. That deal was read moments
 * ago and is not read again: the write checks its version, so a change made since is a conflict.
 */
export async function changeAndReply(
  ctx: CommandContext,
  deal: DealRow,
  request: ChangeRequest,
  interpretations: string[] = [],
): Promise<void> {
  const outcome = await changeDeal(withDirectory(ctx.services), {
    actor: ctx.actor,
    deal,
    stages: ctx.catalog.stages,
    request,
    source: "command",
    requestKey: ctx.requestKey,
  });
  await replyWithOutcome(ctx, outcome, interpretations);
}

/** Tells the user what their change did (or why nothing happened), then refreshes the Home tabs it affects. */
export async function replyWithOutcome(
  ctx: CommandContext,
  outcome: ChangeOutcome,
  interpretations: string[] = [],
  kind?: string,
): Promise<void> {
  const { catalog } = ctx;
  const { lang } = ctx.actor;
  switch (outcome.kind) {
    case "changed":
      await ctx.reply(
        changeMessage({
          kind: kind ?? (outcome.changes.status ? String(outcome.changes.status.to) : "updated"),
          deal: outcome.deal,
          changes: outcome.changes,
          eventId: outcome.eventId,
          catalog,
          interpretations,
          lang,
        }),
      );
      await refreshHomes(ctx.services, affectedUsers(ctx, outcome.deal, outcome.before));
      return;
    case "unchanged":
      await ctx.reply(notice(t(lang, "reply.unchanged", { id: String(outcome.deal.id) })));
      return;
    case "invalid":
      await ctx.reply(fieldErrorsMessage(outcome.errors, lang));
      return;
    case "refused":
      await ctx.reply(notice(t(lang, "reply.refused", { reason: refusalText(outcome.refusal, lang) })));
      return;
    case "not-found":
      await ctx.reply(notice(t(lang, "reply.dealGone")));
      return;
    case "conflict":
      await ctx.reply(conflictMessage(outcome.deal, outcome.since, catalog, lang));
      return;
    case "duplicate":
      return tellIfSavedEarlier(ctx.reply, ctx.services.work, lang);
  }
}

export function affectedUsers(ctx: CommandContext, deal: DealRow, before?: DealRow): string[] {
  return [...new Set([ctx.actor.id, deal.ownerId, ...(before ? [before.ownerId] : [])])];
}

/**
 * A request found already applied. A repeat (a double click, a re-sent
 * request) was answered the first time: nothing more to say. Work taken up
 * again (its process died, or its reply failed after the change was saved)
 * says that the change was saved, never to try again.
 */
export async function tellIfSavedEarlier(
  reply: (message: Message) => Promise<unknown>,
  work: WorkContext | undefined,
  lang: Lang = "en",
): Promise<void> {
  if (!work?.resumed) return;
  await reply(notice(t(lang, "reply.savedEarlier")));
}
