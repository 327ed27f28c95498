// Every callback, action and block id, defined once and imported by both the
// view builders and the listeners.

export const COMMAND = "/deal";

export const ACTIONS = {
  /** Undo button on a change confirmation; value: the event id. */
  undo: "deal.undo",
  /** A deal picked in the "which deal?" chooser; value: JSON { dealId, command }. */
  choose: "deal.choose",
  /**
   * A stage picked when what was typed fits several; action id: this + ":" + the button's index,
   * value: JSON { text: the command, stage: the stage key, dealId?: the deal already resolved }.
   * The command re-runs with that stage.
   */
  chooseStage: "deal.choose_stage",
  /** A contact picked for `/deal nps send` when the name fits several; value: JSON { text, contactId }. */
  chooseContact: "nps.choose_contact",
  /** Open the update form for a deal; value: the deal id. */
  edit: "deal.edit",
  /** Refresh the Home tab. */
  homeRefresh: "home.refresh",
  /** Home: open the create form. */
  homeNew: "home.new",
  /** Home (managers): open the form recording the manager's forecast call. */
  homeForecastCall: "home.forecast_call",
  /** The Managers picker of the team settings modal (dispatches, so the "Reps of" boxes follow it). */
  adminManagers: "admin.managers",
  /** "Log activity": value the deal id; without a value (Home tab) the form asks for the deal. */
  logActivity: "deal.log",
} as const;

/** Buttons of the weekly nudge DM; value: JSON { k: delivery key, deal?: dealId }. */
export const NUDGE_ACTIONS = {
  confirm: "nudge.confirm",
  update: "nudge.update",
  push: "nudge.push",
  lost: "nudge.lost",
  all: "nudge.all",
  more: "nudge.more",
  won: "nudge.won",
} as const;

/** Buttons of the owner's risk alert DM (Move/Lost reuse the nudge buttons); value as for nudges. */
export const RISK_ACTIONS = {
  commit: "risk.commit",
} as const;

export const VIEWS = {
  create: "deal.create",
  update: "deal.update",
  lost: "deal.lost",
  push: "nudge.push",
  admin: "admin.settings",
  forecastCall: "forecast.call",
  logActivity: "deal.log",
} as const;

/** Input blocks of the Log activity form; each holds one element whose action id is VALUE. */
export const LOG_FORM = {
  deal: "log_deal",
  type: "log_type",
  direction: "log_direction",
  note: "log_note",
} as const;

/** Input blocks of the manager's forecast-call form; each holds one element whose action id is VALUE. */
export const FORECAST_CALL_FORM = { amount: "call_amount", period: "call_period" } as const;

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
  pushTo: "push_to",
  forecast: "forecast_category",
} as const;

export const VALUE = "value";

/**
 * Input blocks of the team settings modal (`/deal admin`). Each holds one element
 * whose action id is VALUE, except Managers (ACTIONS.adminManagers).
 */
export const ADMIN_FORM = {
  timezone: "timezone",
  currency: "currency",
  digestChannels: "digest_channels",
  alertsChannel: "alerts_channel",
  npsChannel: "nps_channel",
  language: "language",
  stages: "stages",
  lossReasons: "loss_reasons",
  managers: "managers",
  winChannel: "win_channel",
  segments: "segments",
  /** One "Reps of <manager>" block per manager: this prefix + the manager's user id. */
  repsPrefix: "reps:",
} as const;

/**
 * NPS. `score`: a 0-10 button of a survey DM, value JSON { s: survey id, n: score }.
 * `take` / `outcome`: buttons of a detractor alert, value: the response id.
 */
export const NPS_ACTIONS = { score: "nps.score", take: "nps.take", outcome: "nps.outcome" } as const;

/** NPS modals; private_metadata holds JSON { s: survey id } or { r: response id }. */
export const NPS_VIEWS = { comment: "nps.comment", outcome: "nps.outcome" } as const;

/** Input blocks of the NPS modals; each holds one element whose action id is VALUE. */
export const NPS_FORM = { comment: "nps_comment", outcome: "nps_outcome" } as const;
