import type { RepliesKey } from "./en.js";

export const ukReplies: Record<RepliesKey, string> = {};
