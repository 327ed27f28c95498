import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { helpMessage } from "../../views/help.js";

/** `/deal <subcommand> ...`: one slash command, subcommands in its text. */
export function dealCommand(_services: Services) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const [word = "help"] = command.text.trim().split(/\s+/);
    const sub = word.toLowerCase();
    const message = helpMessage(sub === "help" || sub === "" ? undefined : word);
    await ack({ response_type: "ephemeral", ...message });
  };
}
