import { toPlainText } from "./plain-text.js";
import { fail, type Result, succeed } from "./result.js";

// Slack escapes a picked person as <@U123ABC|maria> or <@U123ABC>; W… ids are Enterprise Grid users.
const USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
const AUTOCOMPLETE = "Pick the person from Slack's @-autocomplete so the name turns into a mention";

/** The Slack user id in a single escaped mention. `what` names the field in messages, e.g. "Owner". */
export function parseUserMention(raw: string, what = "Person"): Result<string> {
  const text = raw.trim();
  const shown = toPlainText(text);
  if (text === "") return fail(`${what} is empty. ${AUTOCOMPLETE}, e.g. @maria.`);
  const id = USER_MENTION.exec(text)?.[1];
  if (id) return succeed(id);
  if (/^<#/.test(text))
    return fail(`${what} "${shown}" is a channel, not a person. ${AUTOCOMPLETE}, e.g. @maria.`);
  if (/^<!/.test(text))
    return fail(`${what} "${shown}" is a group, not one person. ${AUTOCOMPLETE}, e.g. @maria.`);
  if ((text.match(/<@/g) ?? []).length > 1) {
    return fail(`${what} "${shown}" names more than one person. Give one, e.g. @maria.`);
  }
  if (text.startsWith("@")) {
    return fail(`${what} "${shown}" is plain text, not a Slack mention. ${AUTOCOMPLETE}, e.g. @maria.`);
  }
  return fail(`${what} "${shown}" is not a Slack mention of one person. ${AUTOCOMPLETE}, e.g. @maria.`);
}
