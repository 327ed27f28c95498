// Dealbot's languages: one ICU MessageFormat catalog per language, who reads
// which language, and numbers, money and dates in each language's format.
export type { MessageKey } from "./catalogs/index.js";
export {
  formatDay,
  formatMoney,
  formatMoneyEstimate,
  formatMonth,
  formatNumber,
  formatTime,
} from "./format.js";
export {
  DEFAULT_LANGUAGE,
  isLang,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Lang,
  languageOf,
  personLanguage,
} from "./languages.js";
export { type MessageValues, type Translate, t, translator } from "./t.js";
