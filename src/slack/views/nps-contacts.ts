import type { Contact } from "../../db/contacts.js";
import type { CreateSurveyOutcome } from "../../domain/nps/create-survey.js";
import type { SendOutcome } from "../../notify/send-survey.js";
import { context, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "./change-message.js";
import type { Message } from "./help.js";

const contactLine = (c: Contact) =>
  [
    `*${escapeMrkdwn(c.name)}*`,
    c.email ? escapeMrkdwn(c.email) : "no email",
    c.slackUserId ? `<@${c.slackUserId}>` : null,
    c.language,
    c.optedOut ? ":no_bell: opted out" : null,
  ]
    .filter(Boolean)
    .join(" · ");

export function contactAddedMessage(input: {
  contact: Contact;
  created: boolean;
  accountName: string;
  newAccount: boolean;
}): Message {
  const verb = input.created ? "Added" : "Updated";
  return notice(
    `${verb} contact ${contactLine(input.contact)} at *${escapeMrkdwn(input.accountName)}*${input.newAccount ? " (a new account)" : ""}.`,
    `See them all with \`/deal contact list ${escapeMrkdwn(input.accountName)}\``,
  );
}

export function contactListMessage(accountName: string, contacts: Contact[]): Message {
  if (contacts.length === 0)
    return notice(
      `*${escapeMrkdwn(accountName)}* has no contacts yet.`,
      "Add one with `/deal contact add Maria maria@acme.com account Acme`",
    );
  return {
    text: `Contacts of ${accountName}`.replace(/[<>&]/g, ""),
    blocks: [
      section(`*Contacts of ${escapeMrkdwn(accountName)}* (${contacts.length})`),
      ...linesToSections(contacts.map((c) => `• ${contactLine(c)}`)).slice(0, 45),
    ],
  };
}

const SKIPS: Record<string, string> = {
  "opted-out": "opted out",
  "no-channel": "no Slack user and no email (or email is not configured)",
  duplicate: "already requested",
};

export function npsSentMessage(
  target: string,
  results: { contactName: string; outcome: CreateSurveyOutcome; sent?: SendOutcome }[],
): Message {
  if (results.length === 0) return notice(`*${escapeMrkdwn(target)}* has no contacts to survey.`);
  const lines = results.map(({ contactName, outcome, sent }) => {
    const who = escapeMrkdwn(contactName);
    if (outcome.kind === "created") {
      if (sent === "sent") return `• :white_check_mark: ${who}: survey sent by ${outcome.survey.channel}`;
      return `• :hourglass: ${who}: could not be sent yet; it will be retried`;
    }
    if (outcome.reason === "recent")
      return `• :no_entry_sign: ${who}: surveyed on ${outcome.lastAt.toISOString().slice(0, 10)} (at most one survey per 90 days)`;
    return `• :no_entry_sign: ${who}: ${SKIPS[outcome.reason] ?? outcome.reason}`;
  });
  return {
    text: `NPS surveys for ${target}`.replace(/[<>&]/g, ""),
    blocks: [
      section(`*NPS surveys for ${escapeMrkdwn(target)}*`),
      ...linesToSections(lines),
      context("Answers and detractor alerts arrive in the NPS channel."),
    ],
  };
}
