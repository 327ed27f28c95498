import { z } from "zod";
import { type DealCommand, parseDealCommand } from "../../../parse/deal-command.js";
import type { Services } from "../../../services.js";
import { buildContext } from "../../commands/context.js";
import { npsSendCommand } from "../../commands/nps.js";
import { runDealCommand } from "../../commands/run.js";
import { type ButtonClick, buttonListener } from "./button.js";

const stageChoiceSchema = z.object({
  text: z.string(),
  stage: z.string().min(1),
  dealId: z.number().int().positive().optional(),
});
const contactChoiceSchema = z.object({ text: z.string(), contactId: z.number().int().positive() });

/** The command as typed, with the stage the user picked in place of what they typed. */
export function withStage(cmd: DealCommand, stage: string): DealCommand {
  switch (cmd.kind) {
    case "new":
      return { ...cmd, fields: { ...cmd.fields, stage } };
    case "update":
      return { ...cmd, fields: { ...cmd.fields, stage } };
    case "list":
      return { ...cmd, stage };
    default:
      return cmd;
  }
}

/** The context of a picker click: answers in place of the picker; `key` makes a double click apply once. */
function pickContext<T extends { text: string }>(click: ButtonClick<T>, key: string) {
  return buildContext(click.services, {
    userId: click.userId,
    reply: (message) => click.reply(message, { replace: true }),
    openModal: async (view) => {
      await click.services.slack.views.open({ trigger_id: click.triggerId, view });
    },
    // The picker message and the choice identify the request.
    requestKey: `${key}:${click.messageTs ?? click.actionTs}`,
    responseUrl: click.responseUrl,
    text: click.value.text,
  });
}

/** A stage picked in the "which stage?" picker: re-runs the command with it, in place of the picker. */
export const chooseStageButton = (services: Services) =>
  buttonListener(
    services,
    stageChoiceSchema,
    async (click) => {
      const { stage, dealId, text } = click.value;
      const ctx = await pickContext(click, `choose-stage:${stage}:${dealId ?? ""}`);
      await runDealCommand(ctx, withStage(parseDealCommand(text), stage), dealId);
    },
    // `/deal new` with a stage but no amount opens the prefilled form.
    { opensForm: true },
  );

/** A contact picked for `/deal nps send`: surveys that contact, in place of the picker. */
export const chooseContactButton = (services: Services) =>
  buttonListener(services, contactChoiceSchema, async (click) => {
    const { contactId, text } = click.value;
    const ctx = await pickContext(click, `choose-contact:${contactId}`);
    const cmd = parseDealCommand(text);
    if (cmd.kind !== "nps-send") return runDealCommand(ctx, cmd);
    await npsSendCommand(ctx, cmd, contactId);
  });
