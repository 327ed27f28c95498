// Every callback, action and block id, defined once and imported by both the
// view builders and the listeners.

export const COMMAND = "/deal";

export const ACTIONS = {
  /** Undo button on a change confirmation; value: the event id. */
  undo: "deal.undo",
  /** A deal picked in the "which deal?" chooser; value: JSON { dealId, command }. */
  choose: "deal.choose",
  /** Open the update form for a deal; value: the deal id. */
  edit: "deal.edit",
  /** Refresh the Home tab. */
  homeRefresh: "home.refresh",
  /** Home: open the create form. */
  homeNew: "home.new",
} as const;

export const VIEWS = {
  create: "deal.create",
  update: "deal.update",
  lost: "deal.lost",
  admin: "admin.settings",
} as const;

/** Input blocks of the deal form; each holds one element whose action id is "value". */
export const DEAL_FORM = {
  name: "name",
  account: "account",
  amount: "amount",
  currency: "currency",
  stage: "stage",
  close: "close",
  next: "next",
  nextDue: "next_due",
  owner: "owner",
  probability: "probability",
  lossReason: "loss_reason",
  lossNote: "loss_note",
} as const;

export const VALUE = "value";
