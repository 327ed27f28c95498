import type { ParseKey } from "./en.js";

export const ukParse: Record<ParseKey, string> = {};
