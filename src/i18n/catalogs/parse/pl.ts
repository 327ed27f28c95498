import type { ParseKey } from "./en.js";

export const plParse: Record<ParseKey, string> = {};
