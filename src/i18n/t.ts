import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGS, type MessageKey } from "./catalogs/index.js";
import type { Lang } from "./languages.js";

type MessageFormatElement = ReturnType<IntlMessageFormat["getAst"]>[number];

/** What a message's placeholders may be filled with: text already formatted for the reader, or counts. */
export type MessageValues = Record<string, string | number>;

// Parsing a message is the costly part; each (language, key) is parsed once.
const compiled = new Map<string, IntlMessageFormat>();

export function compile(lang: Lang, key: MessageKey): IntlMessageFormat {
  const id = `${lang}|${key}`;
  let format = compiled.get(id);
  if (!format) {
    // ignoreTag: "<@U123>" and "<#C1>" are Slack syntax, not ICU rich-text tags.
    format = new IntlMessageFormat(CATALOGS[lang][key], lang, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return format;
}

/**
 * The message `key` in `lang`, its placeholders filled: `t("pl", "deals.count", { count: 5 })`
 * → "5 umów". Values are inserted as given: escape user text for mrkdwn first.
 */
export function t(lang: Lang, key: MessageKey, values?: MessageValues): string {
  return String(compile(lang, key).format(values));
}

/** A translator bound to one language, for builders that render many messages. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;
export const translator =
  (lang: Lang): Translate =>
  (key, values) =>
    t(lang, key, values);

/** The placeholder names a message uses, and for each plural/select the options it offers (for tests). */
export function placeholdersOf(elements: MessageFormatElement[]): string[] {
  const found = new Set<string>();
  const walk = (list: MessageFormatElement[]) => {
    for (const el of list) {
      // Literals (type 0) carry text, not a name; "#" (pound) has no value.
      if (el.type !== 0 && "value" in el && typeof el.value === "string") found.add(el.value);
      if ("options" in el && el.options) {
        for (const option of Object.values(el.options) as { value: MessageFormatElement[] }[])
          walk(option.value);
      }
      if ("children" in el && Array.isArray(el.children)) walk(el.children);
    }
  };
  walk(elements);
  return [...found].sort();
}
