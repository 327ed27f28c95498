import { setUserLanguage } from "../../db/users.js";
import { isLang, LANGUAGE_NAMES, LANGUAGES, personLanguage } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { ensureUser } from "../../notify/ensure-user.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "../views/change-message.js";
import type { CommandContext } from "./context.js";

/** `/deal language fi` answers this person in Finnish from now on; `/deal language auto` follows their Slack locale again. */
export async function languageCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "language" }>,
): Promise<void> {
  const { services, actor, settings } = ctx;
  if (cmd.choice === "auto") {
    await setUserLanguage(services.db, actor.id, null);
    const user = await ensureUser(services, actor.id);
    const lang = personLanguage({ ...user, language: null }, settings.language);
    return ctx.reply(notice(t(lang, "language.auto", { language: LANGUAGE_NAMES[lang] })));
  }
  if (!isLang(cmd.choice)) {
    const choices = LANGUAGES.map((l) => `\`${l}\` (${LANGUAGE_NAMES[l]})`).join(", ");
    return ctx.reply(
      notice(t(actor.lang, "language.invalid", { input: escapeMrkdwn(cmd.choice || "?"), choices })),
    );
  }
  await setUserLanguage(services.db, actor.id, cmd.choice);
  return ctx.reply(notice(t(cmd.choice, "language.set")));
}
