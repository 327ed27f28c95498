import type { Contact } from "../../db/contacts.js";
import type { CreateSurveyOutcome } from "../../domain/nps/create-survey.js";
import type { MessageKey } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import type { SendOutcome } from "../../notify/send-survey.js";
import { context, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "./change-message.js";
import { formatDay } from "./format.js";
import type { Message } from "./help.js";

const contactLine = (c: Contact, lang: Lang) =>
  [
    `*${escapeMrkdwn(c.name)}*`,
    c.email ? escapeMrkdwn(c.email) : t(lang, "reply.contact.noEmail"),
    c.slackUserId ? `<@${c.slackUserId}>` : null,
    c.language,
    c.optedOut ? t(lang, "reply.contact.optedOut") : null,
  ]
    .filter(Boolean)
    .join(" · ");

export function contactAddedMessage(
  input: { contact: Contact; created: boolean; accountName: string; newAccount: boolean },
  lang: Lang = "en",
): Message {
  const account = escapeMrkdwn(input.accountName);
  return notice(
    t(lang, "reply.contact.saved", {
      created: input.created ? "yes" : "no",
      contact: contactLine(input.contact, lang),
      account,
      newAccount: input.newAccount ? "yes" : "no",
    }),
    t(lang, "reply.contact.savedTip", { account }),
  );
}

export function contactListMessage(accountName: string, contacts: Contact[], lang: Lang = "en"): Message {
  const account = escapeMrkdwn(accountName);
  if (contacts.length === 0)
    return notice(t(lang, "reply.contact.none", { account }), t(lang, "reply.contact.addTip"));
  return {
    text: t(lang, "reply.contact.listText", { account: accountName }).replace(/[<>&]/g, ""),
    blocks: [
      section(t(lang, "reply.contact.listHeading", { account, count: contacts.length })),
      ...linesToSections(contacts.map((c) => `• ${contactLine(c, lang)}`)).slice(0, 45),
    ],
  };
}

const SKIPS: Record<string, MessageKey> = {
  "opted-out": "nps.send.optedOut",
  "no-channel": "nps.send.noChannel",
  duplicate: "nps.send.duplicate",
};

export function npsSentMessage(
  target: string,
  results: { contactName: string; outcome: CreateSurveyOutcome; sent?: SendOutcome }[],
  lang: Lang = "en",
): Message {
  if (results.length === 0) return notice(t(lang, "nps.send.noContacts", { target: escapeMrkdwn(target) }));
  const lines = results.map(({ contactName, outcome, sent }) => {
    const who = escapeMrkdwn(contactName);
    if (outcome.kind === "created") {
      if (sent === "sent") return t(lang, "nps.send.sent", { who, channel: outcome.survey.channel });
      return t(lang, "nps.send.pending", { who });
    }
    if (outcome.reason === "recent")
      return t(lang, "nps.send.recent", {
        who,
        date: formatDay(outcome.lastAt.toISOString().slice(0, 10), lang),
      });
    const skip = SKIPS[outcome.reason];
    return skip ? t(lang, skip, { who }) : t(lang, "nps.send.skipped", { who, reason: outcome.reason });
  });
  return {
    text: t(lang, "nps.send.text", { target }).replace(/[<>&]/g, ""),
    blocks: [
      section(t(lang, "nps.send.heading", { target: escapeMrkdwn(target) })),
      ...linesToSections(lines),
      context(t(lang, "nps.send.footer")),
    ],
  };
}
