import type { FormsKey } from "./en.js";

export const ruForms: Record<FormsKey, string> = {};
