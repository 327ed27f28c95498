import type { ParseKey } from "./en.js";

export const ruParse: Record<ParseKey, string> = {};
