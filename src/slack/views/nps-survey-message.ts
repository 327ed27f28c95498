import type { KnownBlock } from "@slack/types";
import { surveyCopy } from "../../domain/nps/survey-copy.js";
import { actions, button, context, section } from "../blocks.js";
import { NPS_ACTIONS } from "../ids.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

/** The survey DM: the question and 0-10 buttons, in the contact's language; `answered` marks the chosen score. */
export function npsSurveyMessage(input: {
  surveyId: number;
  contactName: string;
  language: string;
  answered?: number;
}): Message {
  const copy = surveyCopy(input.language);
  const buttons = Array.from({ length: 11 }, (_, n) =>
    button(
      String(n),
      `${NPS_ACTIONS.score}:${n}`,
      JSON.stringify({ s: input.surveyId, n }),
      input.answered === n ? "primary" : undefined,
    ),
  );
  const blocks: KnownBlock[] = [
    section(`${escapeMrkdwn(copy.hello(input.contactName))}\n*${escapeMrkdwn(copy.question)}*`),
    // A new block_id once answered: clients may keep an updated message's old element state otherwise.
    actions(buttons, input.answered === undefined ? "nps_scores" : `nps_scores_${input.answered}`),
    context(`${escapeMrkdwn(copy.low)} · ${escapeMrkdwn(copy.high)}`),
  ];
  if (input.answered !== undefined)
    blocks.push(context(`:white_check_mark: ${escapeMrkdwn(copy.thanks)} (${input.answered})`));
  return { text: copy.question, blocks };
}
