import {
  type Contact,
  findAccountByName,
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

/**
 * `/deal nps send <account or contact>`: creates and sends a survey now to the
 * account's contacts, or to one contact. Opt-outs and the 90-day rule apply.
 * `requestKey` makes a repeated command (Slack retry, double submit) a no-op.
 */
export async function sendNpsNow(
  services: Services,
  input: { target: string; requestedBy: string; requestKey: string },
): Promise<SendNowResult | { kind: "not-found" } | { kind: "ambiguous"; names: string[] }> {
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
