import type { MessageKey } from "../../i18n/catalogs/index.js";
import { LANGUAGES, type Lang, languageOf } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";

/**
 * Everything a contact reads (email, survey page, Slack DM), in their language,
 * from the same message catalogs as the rest of Dealbot (src/i18n, keys survey.*).
 * A contact's `language` picks the copy; a language Dealbot does not speak falls back to English.
 */
export interface SurveyCopy {
  /** BCP 47 code for <html lang> and date formatting. */
  lang: Lang;
  title: string;
  question: string;
  low: string;
  high: string;
  commentLabel: string;
  submit: string;
  pickScore: string;
  thanks: string;
  /** The last day (already formatted) the answer can be changed. */
  canChangeUntil: (date: string) => string;
  closed: string;
  stale: string;
  hello: (name: string) => string;
  emailIntro: string;
  emailSubject: string;
  unsubscribeLink: string;
  unsubscribed: string;
  invalidTitle: string;
  invalidBody: string;
  expiredTitle: string;
  expiredBody: string;
  tooMany: string;
  /** A form post that failed its checks (forged, or opened too long ago). */
  formRefused: string;
  /** Slack modal title, at most 24 characters. */
  commentTitle: string;
}

const PLAIN = {
  title: "survey.title",
  question: "survey.question",
  low: "survey.low",
  high: "survey.high",
  commentLabel: "survey.commentLabel",
  submit: "survey.send",
  pickScore: "survey.pickScore",
  thanks: "survey.thanks",
  closed: "survey.closed",
  stale: "survey.stale",
  emailIntro: "survey.emailIntro",
  emailSubject: "survey.emailSubject",
  unsubscribeLink: "survey.unsubscribeLink",
  unsubscribed: "survey.unsubscribed",
  invalidTitle: "survey.invalidTitle",
  invalidBody: "survey.invalidBody",
  expiredTitle: "survey.expiredTitle",
  expiredBody: "survey.expiredBody",
  tooMany: "survey.tooMany",
  formRefused: "survey.formRefused",
  commentTitle: "survey.comment.title",
} as const satisfies Record<string, MessageKey>;

/** Language codes a contact can have (`lang <code>`). */
export const SURVEY_LANGUAGES: readonly string[] = [...LANGUAGES].sort();

const copies = new Map<Lang, SurveyCopy>();

/** The copy for a language code ("fi", "pt-BR", "FI"); English when not translated. */
export function surveyCopy(language: string | null | undefined): SurveyCopy {
  const lang = languageOf(language) ?? "en";
  let copy = copies.get(lang);
  if (!copy) {
    const plain = Object.fromEntries(
      Object.entries(PLAIN).map(([field, key]) => [field, t(lang, key)]),
    ) as Record<keyof typeof PLAIN, string>;
    copy = {
      lang,
      ...plain,
      canChangeUntil: (date) => t(lang, "survey.canChangeUntil", { date }),
      hello: (name) => t(lang, "survey.hello", { name }),
    };
    copies.set(lang, copy);
  }
  return copy;
}
