import type { FormsKey } from "./en.js";

export const plForms: Record<FormsKey, string> = {};
