// English messages of parse (see ../surfaces/en.ts, which spreads them into the catalog).

export const enParse = {} satisfies Record<string, string>;

export type ParseKey = keyof typeof enParse;
