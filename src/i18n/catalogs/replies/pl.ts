import type { RepliesKey } from "./en.js";

export const plReplies: Record<RepliesKey, string> = {};
