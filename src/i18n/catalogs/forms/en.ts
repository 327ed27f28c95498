// English messages of forms (see ../surfaces/en.ts, which spreads them into the catalog).

export const enForms = {} satisfies Record<string, string>;

export type FormsKey = keyof typeof enForms;
