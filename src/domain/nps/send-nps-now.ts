import {
  accountNames,
  type Contact,
  findAccountByName,
  findContact,
  findContactsByNameOrEmail,
  listContacts,
} from "../../db/contacts.js";
import { type SendOutcome, sendSurvey } from "../../notify/send-survey.js";
import type { Services } from "../../services.js";
import { type CreateSurveyOutcome, createSurvey } from "./create-survey.js";

export interface SendNowResult {
  kind: "done";
  target: string;
  results: { contactName: string; outcome: CreateSurveyOutcome; sent?: SendOutcome }[];
}

/** One of several contacts a name fits, for the user to pick from. */
export interface ContactChoice {
  id: number;
  name: string;
  email: string | null;
  account: string;
}

/**
 * `/deal nps send <account or contact>`: creates and sends a survey now to the
 * account's contacts, or to one contact (`contactId`: the one picked when the
 * name fitted several). Opt-outs and the 90-day rule apply.
 * `requestKey` makes a repeated command (Slack retry, double submit) a no-op.
 */
export async function sendNpsNow(
  services: Services,
  input: { target: string; requestedBy: string; requestKey: string; contactId?: number },
): Promise<SendNowResult | { kind: "not-found" } | { kind: "ambiguous"; contacts: ContactChoice[] }> {
  const at = services.clock.now();
  const picked = input.contactId !== undefined ? await findContact(services.db, input.contactId) : undefined;
  if (picked === null) return { kind: "not-found" };
  const account = picked ? null : await findAccountByName(services.db, input.target);
  let contacts: Contact[];
  let target: string;
  if (picked) {
    contacts = [picked];
    target = picked.name;
  } else if (account) {
    contacts = await listContacts(services.db, account.id);
    target = account.name;
  } else {
    const found = await findContactsByNameOrEmail(services.db, input.target);
    if (found.length === 0) return { kind: "not-found" };
    if (found.length > 1) {
      const accounts = await accountNames(
        services.db,
        found.map((c) => c.accountId),
      );
      return {
        kind: "ambiguous",
        contacts: found.map((c) => ({
          id: c.id,
          name: c.name,
          email: c.email,
          account: accounts.get(c.accountId) ?? "?",
        })),
      };
    }
    contacts = found;
    target = found[0]!.name;
  }
  const results: SendNowResult["results"] = [];
  for (const contact of contacts) {
    const outcome = await createSurvey(services, {
      contact,
      trigger: "manual",
      requestedBy: input.requestedBy,
      dedupeKey: `manual:${input.requestKey}:${contact.id}`,
      at,
    });
    const sent =
      outcome.kind === "created"
        ? await sendSurvey(services, outcome.survey.id, { at, jobId: "nps-manual" })
        : undefined;
    results.push({ contactName: contact.name, outcome, ...(sent ? { sent } : {}) });
  }
  return { kind: "done", target, results };
}
