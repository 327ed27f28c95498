/** The languages Dealbot speaks. English is the fallback for every other locale. */
export const LANGUAGES = ["en", "fi", "pl", "uk", "ru"] as const;
export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Lang = "en";

/** Each language's name in itself, for menus and `/deal language`. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: "English",
  fi: "suomi",
  pl: "polski",
  uk: "українська",
  ru: "русский",
};

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** "fi-FI", "FI", "pl_PL" → the language Dealbot speaks for it; undefined when it is none of ours. */
export function languageOf(locale: string | null | undefined): Lang | undefined {
  const base = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return base && isLang(base) ? base : undefined;
}

/**
 * Whom to answer in what: a person's own choice (`/deal language`) wins; then
 * their Slack locale (any locale we don't speak means English); a person whose
 * Slack profile has not been read yet gets the team's language.
 */
export function personLanguage(
  user: { language?: string | null; locale?: string | null } | null | undefined,
  teamLanguage: Lang,
): Lang {
  const chosen = languageOf(user?.language);
  if (chosen) return chosen;
  if (user?.locale) return languageOf(user.locale) ?? DEFAULT_LANGUAGE;
  return teamLanguage;
}
