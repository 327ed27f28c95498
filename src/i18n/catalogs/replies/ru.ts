import type { RepliesKey } from "./en.js";

export const ruReplies: Record<RepliesKey, string> = {};
