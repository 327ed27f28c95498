import type { Subject } from "./day-context.js";
import { toPlainText } from "./plain-text.js";
import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

// Slack escapes a picked person as <@U123ABC|maria> or <@U123ABC>; W… ids are Enterprise Grid users.
const USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

/** The Slack user id in a single escaped mention. `what` names the field in messages, e.g. "Owner". */
export function parseUserMention(raw: string, what: Subject = "parse.what.person"): Parsed<string> {
  const text = raw.trim();
  const about = { what: { key: what }, text: toPlainText(text) };
  if (text === "") return reject("parse.mention.empty", { what: { key: what } });
  const id = USER_MENTION.exec(text)?.[1];
  if (id) return succeed(id);
  if (/^<#/.test(text)) return reject("parse.mention.channel", about);
  if (/^<!/.test(text)) return reject("parse.mention.group", about);
  if ((text.match(/<@/g) ?? []).length > 1) return reject("parse.mention.several", about);
  if (text.startsWith("@")) return reject("parse.mention.plain", about);
  return reject("parse.mention.invalid", about);
}
