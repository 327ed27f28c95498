import { findAccountByName, listContacts } from "../../db/contacts.js";
import { addContact } from "../../domain/nps/add-contact.js";
import { withDirectory } from "../../notify/directory.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { invalidMessage, notice } from "../views/change-message.js";
import { contactAddedMessage, contactListMessage } from "../views/nps-contacts.js";
import type { CommandContext } from "./context.js";

const EXAMPLE = "/deal contact add Maria Lopez maria@acme.com account Acme lang fi";

/** `/deal contact add …`: adds (or updates) a customer contact of an account. */
export async function contactAddCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "contact-add" }>,
): Promise<void> {
  const outcome = await addContact(withDirectory(ctx.services), { ...cmd, ownerId: ctx.actor.id });
  if (outcome.kind === "invalid") return ctx.reply(invalidMessage(outcome.errors, EXAMPLE));
  return ctx.reply(contactAddedMessage(outcome, ctx.actor.lang));
}

/** `/deal contact list <account>`. */
export async function contactListCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "contact-list" }>,
): Promise<void> {
  const account = await findAccountByName(ctx.services.db, cmd.account);
  if (!account) return ctx.reply(notice(`I know no account called “${escapeMrkdwn(cmd.account)}”.`));
  return ctx.reply(
    contactListMessage(account.name, await listContacts(ctx.services.db, account.id), ctx.actor.lang),
  );
}
