// Success answers of the Web API methods Dealbot uses, shaped like Slack's documented responses
// (docs.slack.dev/reference/methods/<method>), with the validation errors that catch real bugs.
import { type ChannelKind, channelKind, type FakeChannel } from "./fake-slack-access.js";
import type { FakeUser, SlackCall } from "./fake-slack-types.js";

export interface FakeSlackIds {
  botUserId: string;
  botId: string;
  teamId: string;
  appId: string;
}

type Body = Record<string, unknown>;
export type MethodHandler = (call: SlackCall, state: FakeSlackState) => Body;

const TEAM_DOMAIN = "dealbot-test";

/** Everything the fake remembers between calls: directory, views, issued upload URLs, counters. */
export class FakeSlackState {
  readonly users = new Map<string, FakeUser>();
  /** upload file id → filename given to files.getUploadURLExternal */
  readonly pendingUploads = new Map<string, string>();
  /** Messages posted per channel, oldest first (chat.update edits them in place). */
  readonly messages = new Map<string, Body[]>();
  /** Conversations the test described (kind, membership); others are guessed from their id. */
  readonly channels = new Map<string, FakeChannel>();
  /** The bot scopes the app was installed with. */
  scopes = new Set<string>();
  private readonly viewHashes = new Map<string, string>();
  private readonly homeViewIds = new Map<string, string>();
  private tsCounter = 0;
  private idCounter = 0;

  constructor(
    readonly ids: FakeSlackIds,
    readonly origin: string,
  ) {}

  /** "1700000000.000100", "1700000000.000200", …: unique, increasing and the same on every run. */
  nextTs(): string {
    this.tsCounter += 100;
    const seconds = 1_700_000_000 + Math.floor(this.tsCounter / 1_000_000);
    return `${seconds}.${String(this.tsCounter % 1_000_000).padStart(6, "0")}`;
  }

  nextId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}${String(this.idCounter).padStart(7, "0")}`;
  }

  /** The app's DM with a user: U_REP → D_REP, stable so tests can predict it. */
  dmChannelFor(userId: string): string {
    return `D${userId.slice(1)}`;
  }

  /** chat.postMessage to a user id posts into the app's DM with that user. */
  resolveChannel(channel: string): string {
    return /^[UW]/.test(channel) ? this.dmChannelFor(channel) : channel;
  }

  channel(id: string): Required<Pick<FakeChannel, "kind" | "botMember" | "archived">> & FakeChannel {
    const known = this.channels.get(id);
    const kind: ChannelKind = known?.kind ?? channelKind(id);
    return {
      ...known,
      id,
      kind,
      botMember: known?.botMember ?? kind === "im",
      archived: known?.archived ?? false,
    };
  }

  /**
   * Why the bot may not use `id` for `use`, as Slack answers it: a private channel the bot is not
   * in does not exist for it; a public one needs membership, except text posts with chat:write.public.
   */
  refusal(id: string, use: "post" | "read" | "share"): string | undefined {
    const channel = this.channel(this.resolveChannel(id));
    if (channel.archived) return "is_archived";
    if (channel.botMember) return undefined;
    if (channel.kind === "private") return "channel_not_found";
    if (use === "post" && this.scopes.has("chat:write.public")) return undefined;
    return "not_in_channel";
  }

  /** Stores a view and returns it as Slack echoes it: the posted view plus id, hash and empty state. */
  saveView(view: Body, id: string): Body {
    const hash = `${this.nextTs()}.${id.toLowerCase()}`;
    this.viewHashes.set(id, hash);
    return {
      type: "modal",
      blocks: [],
      private_metadata: "",
      callback_id: "",
      external_id: "",
      clear_on_close: false,
      notify_on_close: false,
      previous_view_id: null,
      root_view_id: id,
      ...view,
      id,
      team_id: this.ids.teamId,
      app_id: this.ids.appId,
      bot_id: this.ids.botId,
      hash,
      state: { values: {} },
    };
  }

  /** Slack rejects an update whose `hash` is not the view's current one. Unknown views are accepted. */
  hashConflicts(viewId: string, hash: unknown): boolean {
    const current = this.viewHashes.get(viewId);
    return typeof hash === "string" && current !== undefined && current !== hash;
  }

  homeViewIdFor(userId: string): string {
    const id = this.homeViewIds.get(userId) ?? this.nextId("V_HOME");
    this.homeViewIds.set(userId, id);
    return id;
  }
}

const fail = (error: string): Body => ({ ok: false, error });
const str = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;
const isObject = (value: unknown): value is Body => value !== null && typeof value === "object";

export function slackUser(user: FakeUser, teamId: string, withLocale: boolean): Body {
  const tz = user.tz ?? "UTC";
  const name = user.name ?? user.id.toLowerCase();
  const realName = user.realName ?? name;
  return {
    id: user.id,
    team_id: teamId,
    name,
    real_name: realName,
    deleted: user.deleted ?? false,
    is_bot: user.isBot ?? false,
    is_admin: false,
    tz,
    tz_label: zoneLabel(tz),
    tz_offset: user.tzOffset ?? zoneOffsetSeconds(tz),
    ...(withLocale ? { locale: user.locale ?? "en-US" } : {}),
    profile: {
      real_name: realName,
      display_name: user.name ?? "",
      ...(user.email !== undefined ? { email: user.email } : {}),
    },
  };
}

/** "America/Los_Angeles" → "Pacific Standard Time" (or Daylight, depending on today). */
function zoneLabel(tz: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "long" }).formatToParts(
    new Date(),
  );
  return parts.find((part) => part.type === "timeZoneName")?.value ?? tz;
}

/** Like Slack's tz_offset: a snapshot of today's offset in seconds. */
function zoneOffsetSeconds(tz: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "longOffset" }).formatToParts(
    new Date(),
  );
  const label = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(label);
  if (match === null) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60;
  return match[1] === "-" ? -seconds : seconds;
}

function postMessage(call: SlackCall, state: FakeSlackState): Body {
  const channel = str(call.body.channel);
  if (channel === undefined) return fail("channel_not_found");
  const refusal = state.refusal(channel, "post");
  if (refusal !== undefined) return fail(refusal);
  const { text, blocks, attachments, thread_ts } = call.body;
  if (str(text) === undefined && blocks === undefined && attachments === undefined) return fail("no_text");
  const ts = state.nextTs();
  const message: Body = {
    type: "message",
    text: text ?? "",
    user: state.ids.botUserId,
    bot_id: state.ids.botId,
    team: state.ids.teamId,
    ts,
    ...(blocks !== undefined ? { blocks } : {}),
    ...(attachments !== undefined ? { attachments } : {}),
    ...(thread_ts !== undefined ? { thread_ts } : {}),
    ...(isObject(call.body.metadata) ? { metadata: call.body.metadata } : {}),
  };
  const resolved = state.resolveChannel(channel);
  state.messages.set(resolved, [...(state.messages.get(resolved) ?? []), message]);
  return { ok: true, channel: resolved, ts, message };
}

/** conversations.history: newest first; metadata only with include_all_metadata, as Slack does. */
function history(call: SlackCall, state: FakeSlackState): Body {
  const channel = str(call.body.channel);
  if (channel === undefined) return fail("channel_not_found");
  const refusal = state.refusal(channel, "read");
  if (refusal !== undefined) return fail(refusal);
  const oldest = Number(call.body.oldest ?? 0);
  const withMetadata = String(call.body.include_all_metadata) === "true";
  const messages = (state.messages.get(channel) ?? [])
    .filter((m) => Number(m.ts) >= oldest)
    .reverse()
    .slice(0, Number(call.body.limit ?? 100))
    .map(({ metadata, ...rest }) => (withMetadata && metadata ? { ...rest, metadata } : rest));
  return { ok: true, messages, has_more: false };
}

function viewsOpen(call: SlackCall, state: FakeSlackState): Body {
  if (!isObject(call.body.view)) return fail("invalid_arguments");
  return { ok: true, view: state.saveView(call.body.view, state.nextId("V")) };
}

function viewsUpdate(call: SlackCall, state: FakeSlackState): Body {
  const viewId = str(call.body.view_id) ?? str(call.body.external_id);
  if (!isObject(call.body.view) || viewId === undefined) return fail("invalid_arguments");
  if (state.hashConflicts(viewId, call.body.hash)) return fail("hash_conflict");
  return { ok: true, view: state.saveView(call.body.view, viewId) };
}

function viewsPublish(call: SlackCall, state: FakeSlackState): Body {
  const userId = str(call.body.user_id);
  if (!isObject(call.body.view) || userId === undefined) return fail("invalid_arguments");
  const viewId = state.homeViewIdFor(userId);
  if (state.hashConflicts(viewId, call.body.hash)) return fail("hash_conflict");
  return { ok: true, view: state.saveView({ type: "home", ...call.body.view }, viewId) };
}

function getUploadUrl(call: SlackCall, state: FakeSlackState): Body {
  const filename = str(call.body.filename);
  if (filename === undefined || !(Number(call.body.length) > 0)) return fail("invalid_arguments");
  const fileId = state.nextId("F");
  state.pendingUploads.set(fileId, filename);
  return { ok: true, upload_url: `${state.origin}/upload/${fileId}`, file_id: fileId };
}

function completeUpload(call: SlackCall, state: FakeSlackState): Body {
  const files = call.body.files;
  if (!Array.isArray(files) || files.length === 0) return fail("invalid_arguments");
  // Sharing a file into a channel needs the bot in it, chat:write.public or not.
  const channels = [str(call.body.channel_id), ...(str(call.body.channels)?.split(",") ?? [])];
  for (const channel of channels) {
    const refusal = channel === undefined ? undefined : state.refusal(channel, "share");
    if (refusal !== undefined) return fail(refusal);
  }
  return {
    ok: true,
    files: files.map((file: Body) => {
      const id = String(file.id);
      const name = state.pendingUploads.get(id) ?? id;
      return {
        id,
        name,
        title: file.title ?? name,
        permalink: `https://${TEAM_DOMAIN}.slack.com/files/${id}`,
      };
    }),
  };
}

function conversationInfo(state: FakeSlackState, id: string): Body {
  const channel = state.channel(id);
  return {
    id,
    name: channel.name ?? id.toLowerCase(),
    is_channel: channel.kind !== "im",
    is_group: false,
    is_im: channel.kind === "im",
    is_private: channel.kind !== "public",
    is_archived: channel.archived,
    is_member: channel.botMember,
    created: 1_700_000_000,
  };
}

/** conversations.join: public channels only; the bot becomes a member. */
function join(call: SlackCall, state: FakeSlackState): Body {
  const id = str(call.body.channel);
  if (id === undefined) return fail("channel_not_found");
  const channel = state.channel(id);
  if (channel.kind === "private") return fail("channel_not_found");
  if (channel.kind === "im") return fail("method_not_supported_for_channel_type");
  if (channel.archived) return fail("is_archived");
  const already = channel.botMember;
  state.channels.set(id, { ...channel, botMember: true });
  return {
    ok: true,
    channel: conversationInfo(state, id),
    ...(already
      ? { warning: "already_in_channel", response_metadata: { warnings: ["already_in_channel"] } }
      : {}),
  };
}

export const methodHandlers: Record<string, MethodHandler> = {
  "auth.test": (_call, { ids }) => ({
    ok: true,
    url: `https://${TEAM_DOMAIN}.slack.com/`,
    team: "Dealbot Test",
    user: "dealbot",
    team_id: ids.teamId,
    user_id: ids.botUserId,
    bot_id: ids.botId,
    is_enterprise_install: false,
  }),
  "users.info": (call, state) => {
    const user = state.users.get(String(call.body.user));
    if (user === undefined) return fail("user_not_found");
    return { ok: true, user: slackUser(user, state.ids.teamId, String(call.body.include_locale) === "true") };
  },
  "users.lookupByEmail": (call, state) => {
    const user = [...state.users.values()].find((candidate) => candidate.email === call.body.email);
    return user === undefined
      ? fail("users_not_found")
      : { ok: true, user: slackUser(user, state.ids.teamId, false) };
  },
  "conversations.open": (call, state) => {
    const users = str(call.body.users)?.split(",") ?? [];
    const channel = str(call.body.channel);
    if (channel !== undefined) return { ok: true, channel: { id: channel } };
    if (users.length === 0) return fail("users_list_not_supplied");
    const id =
      users.length === 1 ? state.dmChannelFor(users[0] ?? "") : `G${users.join("").replace(/[UW]/g, "")}`;
    return { ok: true, channel: { id } };
  },
  "conversations.info": (call, state) => {
    const channel = str(call.body.channel);
    if (channel === undefined) return fail("channel_not_found");
    if (state.channel(channel).kind === "private" && !state.channel(channel).botMember)
      return fail("channel_not_found");
    return { ok: true, channel: conversationInfo(state, channel) };
  },
  "conversations.join": join,
  "chat.postMessage": postMessage,
  "conversations.history": history,
  "chat.postEphemeral": (call, state) => {
    if (str(call.body.channel) === undefined) return fail("channel_not_found");
    if (str(call.body.user) === undefined) return fail("user_not_in_channel");
    return { ok: true, message_ts: state.nextTs() };
  },
  "chat.update": (call, state) => {
    const channel = str(call.body.channel);
    const ts = str(call.body.ts);
    if (channel === undefined) return fail("channel_not_found");
    if (ts === undefined) return fail("message_not_found");
    const { text, blocks } = call.body;
    const stored = state.messages.get(state.resolveChannel(channel))?.find((m) => m.ts === ts);
    if (stored) Object.assign(stored, { text: text ?? "", ...(blocks !== undefined ? { blocks } : {}) });
    return {
      ok: true,
      channel: state.resolveChannel(channel),
      ts,
      text: text ?? "",
      message: { text, blocks },
    };
  },
  "chat.delete": (call, state) => {
    const channel = str(call.body.channel);
    const ts = str(call.body.ts);
    if (channel === undefined) return fail("channel_not_found");
    return ts === undefined
      ? fail("message_not_found")
      : { ok: true, channel: state.resolveChannel(channel), ts };
  },
  "chat.getPermalink": (call) => {
    const channel = str(call.body.channel);
    const ts = str(call.body.message_ts);
    if (channel === undefined || ts === undefined) return fail("message_not_found");
    return {
      ok: true,
      channel,
      permalink: `https://${TEAM_DOMAIN}.slack.com/archives/${channel}/p${ts.replace(".", "")}`,
    };
  },
  "views.open": viewsOpen,
  "views.push": viewsOpen,
  "views.update": viewsUpdate,
  "views.publish": viewsPublish,
  "files.getUploadURLExternal": getUploadUrl,
  "files.completeUploadExternal": completeUpload,
};
