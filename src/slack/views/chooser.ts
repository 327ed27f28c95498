import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import { MAX_CHOICES } from "../../domain/deals/resolve-deal.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { button, context, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine } from "./format.js";
import type { Message } from "./help.js";

/** What a chooser button carries: the deal picked and the command to re-run on it. */
export interface ChoiceValue {
  dealId: number;
  text: string;
}

/** "Which deal did you mean?" with one button per match. */
export function chooserMessage(
  query: string,
  candidates: DealRow[],
  commandText: string,
  lang: Lang = "en",
): Message {
  const shown = candidates.slice(0, MAX_CHOICES);
  const blocks: KnownBlock[] = [section(t(lang, "chooser.question", { query: escapeMrkdwn(query) }))];
  for (const deal of shown) {
    const value = JSON.stringify({ dealId: deal.id, text: commandText } satisfies ChoiceValue);
    const fits = value.length <= LIMITS.buttonValue;
    blocks.push(
      section(dealLine(deal, { owner: true, lang }), {
        ...(fits ? { accessory: button(`#${deal.id}`, ACTIONS.choose, value) } : {}),
      }),
    );
  }
  if (candidates.length > shown.length) {
    blocks.push(context(t(lang, "chooser.more", { id: String(shown[0]?.id ?? "") })));
  }
  return { text: t(lang, "chooser.text", { query }), blocks };
}
