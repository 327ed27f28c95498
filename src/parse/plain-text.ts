import { unescapeSlackText } from "../slack/mrkdwn.js";
import { stripControls } from "./clean-text.js";

// Slack markup in command text: <@U1|maria>, <#C1|general>, <!here>, <!subteam^S1|@sales>, <https://x.io|x.io>.
const MARKUP = /<([^<>]*)>/g;

/**
 * What the user typed, from Slack's escaped command text: markup Slack added is
 * flattened to its label (`<@U1|maria>` → "@maria", `<#C1|general>` → "#general",
 * `<https://x.io|x.io>` → "x.io", `<!here>` → "@here"; a mention without a label
 * stays as `<@U1>`), then `&amp; &lt; &gt;` are unescaped. For names, next steps
 * and notes; escape again (once) with escapeMrkdwn when showing them.
 */
export function toPlainText(raw: string): string {
  return stripControls(unescapeSlackText(raw.replace(MARKUP, flattenMarkup)))
    .replace(/\s+/g, " ")
    .trim();
}

function flattenMarkup(whole: string, inner: string): string {
  const [target = "", label] = inner.split("|", 2);
  if (target.startsWith("@")) return label ? `@${label}` : whole;
  if (target.startsWith("#")) return label ? `#${label}` : whole;
  if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0]}`;
  return label ?? target;
}
