import {
  type Contact,
  findAccountByName,
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

/**
 * `/deal nps send <account or contact>`: creates a survey now for each of the
 * account's contacts, or for one contact; the caller has src/notify send the ones
 * created. Opt-outs and the 90-day rule apply. `requestKey` makes a repeated command
 * (Slack retry, double submit) a no-op.
 */
export async function createSurveysNow(
  services: Pick<Services, "db" | "clock" | "mailer">,
  input: { target: string; requestedBy: string; requestKey: string },
): Promise<SurveysNow | { kind: "not-found" } | { kind: "ambiguous"; names: string[] }> {
  const at = services.clock.now();
  const account = await findAccountByName(services.db, input.target);
  let contacts: Contact[];
  let target: string;
  if (account) {
    contacts = await listContacts(services.db, account.id);
    target = account.name;
  } else {
    const found = await findContactsByNameOrEmail(services.db, input.target);
    if (found.length === 0) return { kind: "not-found" };
    if (found.length > 1)
      return { kind: "ambiguous", names: found.map((c) => `${c.name} <${c.email ?? "?"}>`) };
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
