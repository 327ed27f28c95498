import type { KnownBlock } from "@slack/types";
import type { MessageKey } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { context, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";

export interface Message {
  text: string;
  blocks: KnownBlock[];
}

const USAGE: MessageKey[] = [
  "help.new",
  "help.update",
  "help.list",
  "help.show",
  "help.won",
  "help.undo",
  "help.away",
  "help.snooze",
  "help.log",
  "help.digest",
  "help.forecastCategory",
  "help.forecastTeam",
  "help.stats",
  "help.contact",
  "help.nps",
  "help.admin",
  "help.language",
];

/** Usage for `/deal help`, and for a subcommand Dealbot does not know, in the reader's language. */
export function helpMessage(lang: Lang, unknown?: string): Message {
  const intro = unknown
    ? t(lang, "help.unknownIntro", { command: escapeMrkdwn(unknown) })
    : t(lang, "help.intro");
  // English has no subcommand aliases to list (its note is empty).
  const notes = [t(lang, "help.fields"), t(lang, "language.dateNote"), t(lang, "parse.help.aliases")].filter(
    Boolean,
  );
  return {
    text: unknown ? t(lang, "help.unknownText", { command: escapeMrkdwn(unknown) }) : t(lang, "help.text"),
    blocks: [section(intro), section(USAGE.map((key) => `• ${t(lang, key)}`).join("\n")), context(...notes)],
  };
}
