import { createSurveysNow } from "../../domain/nps/create-surveys-now.js";
import { sendSurveysNow } from "../../notify/send-survey.js";
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
  const outcome = await createSurveysNow(ctx.services, {
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
  const sent = await sendSurveysNow(ctx.services, outcome);
  return ctx.reply(npsSentMessage(sent.target, sent.results, ctx.actor.lang));
}
