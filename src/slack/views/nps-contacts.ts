import type { Contact } from "../../db/contacts.js";
import type { CreateSurveyOutcome } from "../../domain/nps/create-survey.js";
import { formatDay } from "../../i18n/format.js";
import type { Lang } from "../../i18n/languages.js";
import { type Translate, translator } from "../../i18n/t.js";
import type { SendOutcome } from "../../notify/send-survey.js";
import { context, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "./change-message.js";
import type { Message } from "./help.js";

const contactLine = (c: Contact, tr: Translate) =>
  [
    `*${escapeMrkdwn(c.name)}*`,
    c.email ? escapeMrkdwn(c.email) : tr("picker.noEmail"),
    c.slackUserId ? `<@${c.slackUserId}>` : null,
    c.language,
    c.optedOut ? tr("npsContacts.optedOut") : null,
  ]
    .filter(Boolean)
    .join(" · ");

export function contactAddedMessage(
  input: {
    contact: Contact;
    created: boolean;
    accountName: string;
    newAccount: boolean;
  },
  lang: Lang = "en",
): Message {
  const tr = translator(lang);
  const account = escapeMrkdwn(input.accountName);
  return notice(
    tr("npsContacts.added", {
      created: input.created ? "yes" : "no",
      contact: contactLine(input.contact, tr),
      account,
      newAccount: input.newAccount ? "yes" : "no",
    }),
    tr("npsContacts.addedTip", { account }),
  );
}

export function contactListMessage(accountName: string, contacts: Contact[], lang: Lang = "en"): Message {
  const tr = translator(lang);
  const account = escapeMrkdwn(accountName);
  if (contacts.length === 0) return notice(tr("npsContacts.none", { account }), tr("npsContacts.noneTip"));
  return {
    text: tr("npsContacts.listText", { account: accountName }).replace(/[<>&]/g, ""),
    blocks: [
      section(tr("npsContacts.listHeading", { account, count: contacts.length })),
      ...linesToSections(contacts.map((c) => `• ${contactLine(c, tr)}`)).slice(0, 45),
    ],
  };
}

const SKIPS = {
  "opted-out": "npsContacts.skip.optedOut",
  "no-channel": "npsContacts.skip.noChannel",
  duplicate: "npsContacts.skip.duplicate",
} as const;

export function npsSentMessage(
  target: string,
  results: { contactName: string; outcome: CreateSurveyOutcome; sent?: SendOutcome }[],
  lang: Lang = "en",
): Message {
  const tr = translator(lang);
  if (results.length === 0) return notice(tr("npsContacts.noneToSurvey", { target: escapeMrkdwn(target) }));
  const lines = results.map(({ contactName, outcome, sent }) => {
    const who = escapeMrkdwn(contactName);
    if (outcome.kind === "created") {
      if (sent === "sent") return tr("npsContacts.sent", { who, channel: outcome.survey.channel });
      return tr("npsContacts.retry", { who });
    }
    if (outcome.reason === "recent") {
      const day = outcome.lastAt.toISOString().slice(0, 10);
      return tr("npsContacts.recent", { who, date: lang === "en" ? day : formatDay(lang, day) });
    }
    return tr("npsContacts.skipped", { who, reason: tr(SKIPS[outcome.reason]) });
  });
  return {
    text: tr("npsContacts.sentText", { target }).replace(/[<>&]/g, ""),
    blocks: [
      section(tr("npsContacts.sentHeading", { target: escapeMrkdwn(target) })),
      ...linesToSections(lines),
      context(tr("npsContacts.sentNote")),
    ],
  };
}
