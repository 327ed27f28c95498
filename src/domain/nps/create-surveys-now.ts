import {
  accountNames,
  type Contact,
  findAccountByName,
  findContact,
  findContactsByNameOrEmail,
  listContacts,
} from "../../db/contacts.js";
import type { Services } from "../../services.js";
import { type CreateSurveyOutcome, createSurvey } from "./create-survey.js";

export interface SurveysNow {
  kind: "done";
  target: string;
  /** When the surveys were created: they are due from then, so the caller sends them at it. */
  at: Date;
  results: { contactName: string; outcome: CreateSurveyOutcome }[];
}

/** One of several contacts a name fits, for the user to pick from. */
export interface ContactChoice {
  id: number;
  name: string;
  email: string | null;
  account: string;
}

/**
 * `/deal nps send <account or contact>`: creates a survey now for each of the
 * account's contacts, or for one contact (`contactId`: the one picked when the name
 * fitted several); the caller has src/notify send the ones created. Opt-outs and the
 * 90-day rule apply. `requestKey` makes a repeated command (Slack retry, double
 * submit) a no-op.
 */
export async function createSurveysNow(
  services: Pick<Services, "db" | "clock" | "mailer">,
  input: { target: string; requestedBy: string; requestKey: string; contactId?: number },
): Promise<SurveysNow | { kind: "not-found" } | { kind: "ambiguous"; contacts: ContactChoice[] }> {
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
  const results: SurveysNow["results"] = [];
  for (const contact of contacts) {
    const outcome = await createSurvey(services, {
      contact,
      trigger: "manual",
      requestedBy: input.requestedBy,
      dedupeKey: `manual:${input.requestKey}:${contact.id}`,
      at,
    });
    results.push({ contactName: contact.name, outcome });
  }
  return { kind: "done", target, at, results };
}
