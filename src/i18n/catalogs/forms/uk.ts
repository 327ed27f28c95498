import type { FormsKey } from "./en.js";

export const ukForms: Record<FormsKey, string> = {};
