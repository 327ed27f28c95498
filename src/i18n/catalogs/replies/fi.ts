import type { RepliesKey } from "./en.js";

export const fiReplies: Record<RepliesKey, string> = {};
