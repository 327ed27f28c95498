import type { Lang } from "../languages.js";
import { type CatalogMessages, en, type MessageKey } from "./en.js";
import { fi } from "./fi.js";
import { pl } from "./pl.js";
import { ru } from "./ru.js";
import { uk } from "./uk.js";

export type { CatalogMessages, MessageKey };

/** One catalog per language; to add a language, add its file here and its code to LANGUAGES. */
export const CATALOGS: Record<Lang, CatalogMessages> = { en, fi, pl, uk, ru };
