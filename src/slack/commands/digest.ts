import { t } from "../../i18n/t.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { readerOf } from "../../reads/heavy-reads.js";
import { context } from "../blocks.js";
import { digestMessage } from "../views/digest.js";
import type { CommandContext } from "./context.js";

/** `/deal digest`: the weekly digest as of now, only to you (the chart comes with the weekly post). */
export async function digestCommand(
  ctx: CommandContext,
  _cmd: Extract<DealCommand, { kind: "digest" }>,
): Promise<void> {
  const digest = await readerOf(ctx.services).read("funnelDigest", {
    at: ctx.services.clock.now(),
    settings: ctx.settings,
  });
  const message = digestMessage(digest, ctx.actor.lang);
  const blocks =
    message.blocks.length < 50
      ? [...message.blocks, context(t(ctx.actor.lang, "digest.chartNote"))]
      : message.blocks;
  return ctx.reply({ text: message.text, blocks });
}
