import { z } from "zod";
import { parseDealCommand } from "../../../parse/deal-command.js";
import type { Services } from "../../../services.js";
import { buildContext } from "../../commands/context.js";
import { runDealCommand } from "../../commands/run.js";
import { buttonListener } from "./button.js";

const choiceSchema = z.object({ dealId: z.number().int().positive(), text: z.string() });

/** A deal picked in the "which deal?" chooser: re-runs the command on it, in place of the chooser. */
export const chooseButton = (services: Services) =>
  buttonListener(
    services,
    choiceSchema,
    async (click) => {
      const { services } = click;
      const ctx = await buildContext(services, {
        userId: click.userId,
        reply: (message) => click.reply(message, { replace: true }),
        openModal: async (view) => {
          await services.slack.views.open({ trigger_id: click.triggerId, view });
        },
        // The chooser message and the deal identify the request: a double click applies once.
        requestKey: `choose:${click.messageTs ?? click.actionTs}:${click.value.dealId}`,
        responseUrl: click.responseUrl,
        text: click.value.text,
      });
      await runDealCommand(ctx, parseDealCommand(click.value.text), click.value.dealId);
    },
    { opensForm: true },
  );
