import type { MessageKey } from "../../i18n/catalogs/index.js";
import { formatList } from "../../i18n/format.js";
import type { Lang } from "../../i18n/languages.js";
import { type Phrase, phrase } from "../../i18n/phrase.js";
import { type MessageValues, t } from "../../i18n/t.js";

/**
 * One sentence of a settings problem, as a message key and its values, so the form can
 * show it in the admin's language. `names` (people) is written as the language writes
 * a list ("Ann, Bob and Cem"; "Ann, Bob ja Cem") into the `names` placeholder.
 */
export interface AdminSentence extends Phrase {
  names?: string[];
}

export function renderSentences(lang: Lang, sentences: AdminSentence[]): string {
  return sentences
    .map(({ key, values, names }) =>
      t(lang, key, {
        ...values,
        ...(names ? { names: formatList(lang, names, "and") } : {}),
      }),
    )
    .join(" ");
}

export const sentence = (key: MessageKey, values?: MessageValues, names?: string[]): AdminSentence => ({
  ...phrase(key, values),
  ...(names ? { names } : {}),
});

/** A failed check: the English text (logs, tests) and the sentences to render for the reader. */
export interface AdminFailure {
  ok: false;
  error: string;
  sentences: AdminSentence[];
}

export const adminFailure = (sentences: AdminSentence[]): AdminFailure => ({
  ok: false,
  error: renderSentences("en", sentences),
  sentences,
});
