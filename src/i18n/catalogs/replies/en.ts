// English messages of replies (see ../surfaces/en.ts, which spreads them into the catalog).

export const enReplies = {} satisfies Record<string, string>;

export type RepliesKey = keyof typeof enReplies;
