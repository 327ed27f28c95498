import type { KnownBlock } from "@slack/types";
import type { StageRow } from "../../db/catalog.js";
import type { ContactChoice } from "../../domain/nps/create-surveys-now.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { actions, button, context, linesToSections, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

/** What a stage picker button carries: the command to re-run, the stage to put in, the deal if known. */
export interface StageChoiceValue {
  text: string;
  stage: string;
  dealId?: number;
}

/** What a contact picker button carries: the command to re-run and the contact it is for. */
export interface ContactChoiceValue {
  text: string;
  contactId: number;
}

/** Contacts shown in the picker; more are summed up in one line. */
export const MAX_CONTACT_CHOICES = 10;

/** A value over Slack's limit would make Slack refuse the whole message: such a button is left out. */
const fits = (value: string) => value.length <= LIMITS.buttonValue;

/**
 * "Stage “pro” could be Proposal or Proof of concept": one button per stage. A click re-runs
 * `commandText` with that stage (and on `dealId` when the deal was already found). A command too
 * long for a button's value gets no buttons: the question names the stages to type instead.
 */
export function stageChooserMessage(input: {
  typed: string;
  stages: StageRow[];
  commandText: string;
  dealId?: number;
  lang: Lang;
}): Message {
  const { lang } = input;
  const names = input.stages.map((s) => `*${escapeMrkdwn(s.name)}*`).join(", ");
  const question = t(lang, "picker.stageQuestion", { typed: escapeMrkdwn(input.typed.trim()), names });
  // One action id per button: Slack refuses two equal action ids in one block.
  const buttons = input.stages.slice(0, LIMITS.elementsPerActions).flatMap((stage, i) => {
    const value = JSON.stringify({
      text: input.commandText,
      stage: stage.key,
      ...(input.dealId !== undefined ? { dealId: input.dealId } : {}),
    } satisfies StageChoiceValue);
    return fits(value) ? [button(stage.name, `${ACTIONS.chooseStage}:${i}`, value)] : [];
  });
  const blocks: KnownBlock[] = [section(question)];
  if (buttons.length > 0) blocks.push(actions(buttons));
  return { text: question.replace(/[*_`]/g, ""), blocks };
}

/** "Several contacts match “olga”": one line per contact (name, email, account) with a Send button. */
export function contactChooserMessage(input: {
  query: string;
  contacts: ContactChoice[];
  commandText: string;
  lang: Lang;
}): Message {
  const { lang } = input;
  const question = t(lang, "picker.contactQuestion", { query: escapeMrkdwn(input.query.trim()) });
  const blocks: KnownBlock[] = [section(question)];
  const shown = input.contacts.slice(0, MAX_CONTACT_CHOICES);
  for (const contact of shown) {
    const value = JSON.stringify({
      text: input.commandText,
      contactId: contact.id,
    } satisfies ContactChoiceValue);
    const line = [
      `*${escapeMrkdwn(contact.name)}*`,
      contact.email ? escapeMrkdwn(contact.email) : t(lang, "picker.noEmail"),
      escapeMrkdwn(contact.account),
    ].join(" · ");
    blocks.push(
      section(line, {
        ...(fits(value)
          ? { accessory: button(t(lang, "picker.send.button"), ACTIONS.chooseContact, value) }
          : {}),
      }),
    );
  }
  if (input.contacts.length > shown.length)
    blocks.push(context(t(lang, "picker.contactMore", { count: input.contacts.length - shown.length })));
  return { text: question.replace(/[*_`]/g, ""), blocks };
}

/** After `/deal admin` was saved: what to do about each chosen private channel Dealbot is not in. */
export function privateChannelsMessage(channelIds: string[], lang: Lang): Message {
  const lines = channelIds.map((id) => t(lang, "picker.privateChannel", { channel: `<#${id}>` }));
  const blocks: KnownBlock[] = [...linesToSections(lines), context(t(lang, "picker.privateChannelTip"))];
  return { text: lines.join("\n").replace(/[*_`]/g, ""), blocks };
}
