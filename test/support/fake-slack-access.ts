// What the bot may do, as real Slack decides it: the bot scopes the app was installed with
// (read from manifest.yml, so a scope the manifest forgot fails the tests) and the channels the
// bot is a member of. Scopes per method: docs.slack.dev/reference/methods/<method> ("Required scopes").
import { readFileSync } from "node:fs";

type Body = Record<string, unknown>;

/** The bot scopes listed under oauth_config.scopes.bot in the repository's manifest.yml. */
export function manifestBotScopes(path = new URL("../../manifest.yml", import.meta.url)): string[] {
  const scopes: string[] = [];
  let section: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const content = line.replace(/#.*$/, "");
    if (content.trim() === "") continue;
    const indent = content.length - content.trimStart().length;
    const key = /^\s*([\w.-]+):/.exec(content)?.[1];
    if (key !== undefined) {
      section = [...section.slice(0, indent / 2), key];
      continue;
    }
    const item = /^\s*-\s*(\S+)\s*$/.exec(content)?.[1];
    if (item !== undefined && section.join(".") === "oauth_config.scopes.bot") scopes.push(item);
  }
  return scopes;
}

export type ChannelKind = "public" | "private" | "im";

/** A conversation as the fake knows it; ids it was never told about are guessed from their prefix. */
export interface FakeChannel {
  id: string;
  name?: string;
  /** Default from the id: C… public, G… private, D… the app's DM. */
  kind?: ChannelKind;
  /** Whether the bot is in it (default: only in DMs). */
  botMember?: boolean;
  archived?: boolean;
}

export function channelKind(id: string): ChannelKind {
  if (id.startsWith("D")) return "im";
  return id.startsWith("G") ? "private" : "public";
}

const HISTORY_SCOPE: Record<ChannelKind, string> = {
  public: "channels:history",
  private: "groups:history",
  im: "im:history",
};
const READ_SCOPE: Record<ChannelKind, string> = {
  public: "channels:read",
  private: "groups:read",
  im: "im:read",
};

const FIXED_SCOPES: Record<string, string[]> = {
  "chat.postMessage": ["chat:write"],
  "chat.update": ["chat:write"],
  "chat.delete": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  "conversations.open": ["im:write", "mpim:write"],
  "conversations.join": ["channels:join"],
  "users.info": ["users:read"],
  "users.lookupByEmail": ["users:read.email"],
  "files.getUploadURLExternal": ["files:write"],
  "files.completeUploadExternal": ["files:write"],
};

/**
 * The scopes of which the bot needs one for this call, or undefined when the method needs none
 * (auth.test, views.*, chat.getPermalink).
 */
export function neededScopes(
  method: string,
  body: Body,
  kindOf: (id: string) => ChannelKind,
): string[] | undefined {
  const channel = typeof body.channel === "string" ? body.channel : undefined;
  if (method === "conversations.history" && channel) return [HISTORY_SCOPE[kindOf(channel)]];
  if (method === "conversations.info" && channel) return [READ_SCOPE[kindOf(channel)]];
  return FIXED_SCOPES[method];
}
