import { z } from "zod";
import type { Services } from "../../../services.js";
import { buildContext } from "../../commands/context.js";
import { undoCommand } from "../../commands/undo.js";
import { buttonListener } from "./button.js";

/** The Undo button on a change confirmation: reverts that change, replacing the confirmation. */
export const undoButton = (services: Services) =>
  buttonListener(services, z.coerce.number().int().positive(), async (click) => {
    const { services } = click;
    const ctx = await buildContext(services, {
      userId: click.userId,
      reply: (message) => click.reply(message, { replace: true }),
      openModal: async () => {},
      requestKey: `action:${click.actionTs}`,
      responseUrl: click.responseUrl,
      text: "undo",
    });
    await undoCommand(ctx, click.value);
  });
