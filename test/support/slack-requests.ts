// Requests shaped exactly as Slack sends them to the app (see "Payload shapes" in
// docs/slack-facts.md and docs.slack.dev/reference/interaction-payloads). Sign and send them
// with `sendToApp` to drive the real app over HTTP.
import type {
  BasicElementAction,
  BlockAction,
  EnvelopedEvent,
  SlashCommand,
  ViewClosedAction,
  ViewOutput,
  ViewSubmitAction,
} from "@slack/bolt";
import type { AppHomeOpenedEvent } from "@slack/types";
import type { ViewState } from "./slack-view-state.js";

export type { SendOptions, SentResponse, SignOptions, SlackSignatureHeaders } from "./slack-send.js";
export { sendToApp, signRequest } from "./slack-send.js";
export type { StateValue, ViewState } from "./slack-view-state.js";
export {
  datePickerValue,
  multiStaticSelectValue,
  plainTextValue,
  staticSelectValue,
  userSelectValue,
} from "./slack-view-state.js";

/**
 * Bolt 5 parses a form body only when Content-Type is exactly this (no charset); real Slack sends
 * the bare type, so the builders do too.
 */
export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

export interface SlackRequest {
  body: string;
  contentType: typeof FORM | typeof JSON_TYPE;
}

export const TEST_TEAM = { id: "T_TEST", domain: "dealbot-test" } as const;
export const TEST_APP_ID = "A_DEALBOT";
/** The deprecated verification token Slack still includes; Bolt ignores it. */
const VERIFICATION_TOKEN = "verification-token";

/**
 * Bolt's payload type, where Slack's payloads differ from it: Slack sends `enterprise: null`
 * outside Enterprise Grid (Bolt's types allow only an object or nothing), and leaves out
 * what `Absent` names (e.g. block actions in a modal come without `response_url`).
 */
type AsSent<T, Absent extends keyof T = never> = Omit<T, "enterprise" | Absent> & {
  enterprise: null;
} & Partial<Pick<T, Absent>>;

let sequence = 0;
const next = () => ++sequence;

/** Slack trigger ids look like "13345224609.738474920.8088930838d88f008e0"; each request gets its own. */
export function newTriggerId(): string {
  return `1700000000.${1000 + next()}.fake${String(sequence).padStart(8, "0")}`;
}

function actionTs(): string {
  return `1700000000.${String(next()).padStart(6, "0")}`;
}

function defaultResponseUrl(teamId: string): string {
  return `https://hooks.slack.com/actions/${teamId}/${next()}/fake`;
}

/** "U_REP" → "rep": Slack's `user_name`/`username` for the tests' user ids. */
function userNameFor(userId: string): string {
  return userId.replace(/^[UW]_?/, "").toLowerCase() || "user";
}

function form(fields: Record<string, string>): SlackRequest & { contentType: typeof FORM } {
  return { body: new URLSearchParams(fields).toString(), contentType: FORM };
}

/** Interactivity payloads arrive as a form with one field, `payload`, holding the JSON. */
function interactive(payload: object): SlackRequest {
  return form({ payload: JSON.stringify(payload) });
}

function user(userId: string, teamId: string) {
  const name = userNameFor(userId);
  return { id: userId, username: name, name, team_id: teamId };
}

export interface SlashCommandOptions {
  command?: string;
  text: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  teamId?: string;
  triggerId?: string;
  responseUrl?: string;
}

export function slashCommand(options: SlashCommandOptions): SlackRequest & { contentType: typeof FORM } {
  const teamId = options.teamId ?? TEST_TEAM.id;
  const userId = options.userId ?? "U_REP";
  const channelId = options.channelId ?? "C_GENERAL";
  const command = {
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    team_domain: TEST_TEAM.domain,
    channel_id: channelId,
    channel_name: options.channelName ?? (channelId.startsWith("D") ? "directmessage" : "general"),
    user_id: userId,
    user_name: options.userName ?? userNameFor(userId),
    command: options.command ?? "/deal",
    text: options.text,
    api_app_id: TEST_APP_ID,
    is_enterprise_install: "false",
    response_url: options.responseUrl ?? `https://hooks.slack.com/commands/${teamId}/${next()}/fake`,
    trigger_id: options.triggerId ?? newTriggerId(),
  } satisfies SlashCommand;
  return form(command);
}

export interface ViewOptions {
  callbackId: string;
  privateMetadata?: string;
  values?: ViewState;
  viewId?: string;
  hash?: string;
  type?: "modal" | "home";
  blocks?: ViewOutput["blocks"];
  teamId?: string;
}

/** The `view` object of view_submission, view_closed and block_actions-in-a-modal payloads. */
export function viewPayload(options: ViewOptions): ViewOutput {
  const id = options.viewId ?? "V_TEST";
  const type = options.type ?? "modal";
  const teamId = options.teamId ?? TEST_TEAM.id;
  return {
    id,
    team_id: teamId,
    type,
    blocks: options.blocks ?? [],
    private_metadata: options.privateMetadata ?? "",
    callback_id: options.callbackId,
    state: { values: options.values ?? {} },
    hash: options.hash ?? "1700000000.fakehash",
    title: { type: "plain_text", text: "Dealbot", emoji: true },
    clear_on_close: false,
    notify_on_close: false,
    close: null,
    submit: type === "modal" ? { type: "plain_text", text: "Save", emoji: true } : null,
    previous_view_id: null,
    root_view_id: id,
    app_id: TEST_APP_ID,
    external_id: "",
    app_installed_team_id: teamId,
    bot_id: "B_BOT",
  } satisfies ViewOutput;
}

export interface ActionInput {
  actionId: string;
  blockId?: string;
  value?: string;
  selectedOption?: { value: string; text?: string };
  selectedDate?: string;
  selectedUser?: string;
  /** Default: "button", or the element type implied by the selected_* field given. */
  type?: string;
}

function elementType(input: ActionInput): string {
  if (input.type !== undefined) return input.type;
  if (input.selectedOption !== undefined) return "static_select";
  if (input.selectedDate !== undefined) return "datepicker";
  if (input.selectedUser !== undefined) return "users_select";
  return "button";
}

function action(input: ActionInput): BasicElementAction {
  const { selectedOption: option } = input;
  return {
    action_id: input.actionId,
    block_id: input.blockId ?? `block_${input.actionId}`,
    type: elementType(input),
    ...(input.value !== undefined ? { value: input.value } : {}),
    ...(option
      ? {
          selected_option: {
            text: { type: "plain_text", text: option.text ?? option.value, emoji: true },
            value: option.value,
          },
        }
      : {}),
    ...(input.selectedDate !== undefined ? { selected_date: input.selectedDate } : {}),
    ...(input.selectedUser !== undefined ? { selected_user: input.selectedUser } : {}),
    action_ts: actionTs(),
  };
}

export interface BlockActionsOptions {
  userId?: string;
  actions: ActionInput[];
  /** The message the buttons are on; its `ts` becomes container.message_ts. */
  message?: Record<string, unknown> & { ts?: string };
  /** The modal or Home tab the element is in; makes the container a "view" container. */
  view?: ViewOptions;
  container?: Record<string, unknown>;
  channelId?: string;
  responseUrl?: string;
  triggerId?: string;
  teamId?: string;
}

export function blockActions(options: BlockActionsOptions): SlackRequest {
  const teamId = options.teamId ?? TEST_TEAM.id;
  const view = options.view ? viewPayload({ teamId, ...options.view }) : undefined;
  const channelId = options.channelId ?? (view ? undefined : "C_GENERAL");
  const messageTs = options.message?.ts ?? "1700000000.000100";
  const container = options.container ?? defaultContainer(view, channelId, messageTs);
  // Actions in a view carry no response_url; actions on a message do.
  const responseUrl = options.responseUrl ?? (view ? undefined : defaultResponseUrl(teamId));
  return interactive({
    type: "block_actions",
    user: user(options.userId ?? "U_REP", teamId),
    api_app_id: TEST_APP_ID,
    token: VERIFICATION_TOKEN,
    container,
    trigger_id: options.triggerId ?? newTriggerId(),
    team: { id: teamId, domain: TEST_TEAM.domain },
    enterprise: null,
    is_enterprise_install: false,
    ...(channelId
      ? { channel: { id: channelId, name: channelId.startsWith("D") ? "directmessage" : "general" } }
      : {}),
    ...(options.message ? { message: { type: "message", ...options.message, ts: messageTs } } : {}),
    ...(view ? { view } : {}),
    state: { values: {} },
    ...(responseUrl ? { response_url: responseUrl } : {}),
    actions: options.actions.map(action),
  } satisfies AsSent<BlockAction<BasicElementAction>, "response_url">);
}

function defaultContainer(view: ViewOutput | undefined, channelId: string | undefined, ts: string) {
  if (view) return { type: "view", view_id: view.id };
  return { type: "message", message_ts: ts, channel_id: channelId, is_ephemeral: false };
}

export interface ViewSubmissionOptions {
  userId?: string;
  callbackId: string;
  privateMetadata?: string;
  values: ViewState;
  viewId?: string;
  hash?: string;
  teamId?: string;
  triggerId?: string;
}

export function viewSubmission(options: ViewSubmissionOptions): SlackRequest {
  const teamId = options.teamId ?? TEST_TEAM.id;
  return interactive({
    type: "view_submission",
    team: { id: teamId, domain: TEST_TEAM.domain },
    user: user(options.userId ?? "U_REP", teamId),
    api_app_id: TEST_APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: options.triggerId ?? newTriggerId(),
    view: viewPayload({ ...options, teamId }),
    response_urls: [],
    enterprise: null,
    is_enterprise_install: false,
  } satisfies AsSent<ViewSubmitAction>);
}

export function viewClosed(
  options: Omit<ViewSubmissionOptions, "values"> & { values?: ViewState },
): SlackRequest {
  const teamId = options.teamId ?? TEST_TEAM.id;
  return interactive({
    type: "view_closed",
    team: { id: teamId, domain: TEST_TEAM.domain },
    user: user(options.userId ?? "U_REP", teamId),
    api_app_id: TEST_APP_ID,
    token: VERIFICATION_TOKEN,
    view: viewPayload({ ...options, teamId }),
    is_cleared: false,
    enterprise: null,
    is_enterprise_install: false,
  } satisfies AsSent<ViewClosedAction>);
}

export interface AppHomeOpenedOptions {
  userId?: string;
  eventId?: string;
  tab?: "home" | "messages";
  teamId?: string;
  botUserId?: string;
  /** Seconds; default a fixed time (the app reads no event time; requests are signed at the test clock's). */
  eventTime?: number;
}

/** An Events API delivery (JSON). Every call gets a fresh event_id unless one is given (for retries). */
export function appHomeOpened(options: AppHomeOpenedOptions = {}): SlackRequest {
  const teamId = options.teamId ?? TEST_TEAM.id;
  const userId = options.userId ?? "U_REP";
  const eventTime = options.eventTime ?? 1_700_000_000;
  const body = {
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    api_app_id: TEST_APP_ID,
    event: {
      type: "app_home_opened",
      user: userId,
      channel: `D${userId.slice(1)}`,
      tab: options.tab ?? "home",
      event_ts: `${eventTime}.${String(next()).padStart(6, "0")}`,
    },
    type: "event_callback",
    event_id: options.eventId ?? `Ev${String(next()).padStart(8, "0")}`,
    event_time: eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: options.botUserId ?? "U_BOT",
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  } satisfies EnvelopedEvent<AppHomeOpenedEvent>;
  return { body: JSON.stringify(body), contentType: JSON_TYPE };
}

/** The handshake Slack sends when the Events request URL is saved. */
export function urlVerification(challenge: string): SlackRequest {
  return {
    body: JSON.stringify({ token: VERIFICATION_TOKEN, challenge, type: "url_verification" }),
    contentType: JSON_TYPE,
  };
}
