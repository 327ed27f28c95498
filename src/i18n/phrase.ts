import type { MessageKey } from "./catalogs/index.js";
import type { Lang } from "./languages.js";
import { type MessageValues, t } from "./t.js";

/**
 * A message not yet rendered: its catalog key and values. The domain returns these
 * (it does not know who reads them); the edge renders them in the reader's language.
 * Values are inserted as given: user text in them is escaped where it is rendered.
 */
export interface Phrase {
  key: MessageKey;
  values?: MessageValues;
}

export const phrase = (key: MessageKey, values?: MessageValues): Phrase =>
  values ? { key, values } : { key };

/** A phrase in `lang`. */
export const say = (lang: Lang, p: Phrase): string => t(lang, p.key, p.values);
