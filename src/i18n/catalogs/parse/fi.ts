import type { ParseKey } from "./en.js";

export const fiParse: Record<ParseKey, string> = {};
