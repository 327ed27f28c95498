import { sendNpsNow } from "../../domain/nps/send-nps-now.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "../views/change-message.js";
import { npsSentMessage } from "../views/nps-contacts.js";
import { contactChooserMessage } from "../views/pickers.js";
import type { CommandContext } from "./context.js";

/**
 * `/deal nps send <account or contact>`: surveys now, within the opt-out and 90-day rules.
 * A name that fits several contacts gets a picker; `contactId` is the one picked there.
 */
export async function npsSendCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "nps-send" }>,
  contactId?: number,
): Promise<void> {
  const outcome = await sendNpsNow(ctx.services, {
    target: cmd.target,
    requestedBy: ctx.actor.id,
    requestKey: ctx.requestKey,
    ...(contactId !== undefined ? { contactId } : {}),
  });
  if (outcome.kind === "not-found")
    return ctx.reply(
      notice(
        `I know no account or contact called “${escapeMrkdwn(cmd.target)}”.`,
        "Add contacts with `/deal contact add Maria maria@acme.com account Acme`",
      ),
    );
  if (outcome.kind === "ambiguous")
    return ctx.reply(
      contactChooserMessage({
        query: cmd.target,
        contacts: outcome.contacts,
        commandText: ctx.text,
        lang: ctx.actor.lang,
      }),
    );
  return ctx.reply(npsSentMessage(outcome.target, outcome.results));
}
