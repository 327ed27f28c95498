import type { FormsKey } from "./en.js";

export const fiForms: Record<FormsKey, string> = {};
