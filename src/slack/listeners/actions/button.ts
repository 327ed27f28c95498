import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { z } from "zod";
import type { Lang } from "../../../i18n/languages.js";
import { storedLanguage } from "../../../notify/user-language.js";
import type { AfterAckOptions, Services } from "../../../services.js";
import { workOf } from "../../middleware/index.js";
import { type Reply, replier } from "../replier.js";
import { withErrorReply } from "../reply-errors.js";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export interface ButtonClick<T> {
  /** The button's value, parsed (JSON when the schema wants an object). */
  value: T;
  userId: string;
  triggerId: string;
  responseUrl: string | undefined;
  messageTs: string | undefined;
  actionTs: string;
  /** Answers the clicker privately (in place of the message with `replace`). */
  reply: Reply;
  /** The services the work runs with: after the ack, giving way to requests. */
  services: Services;
  /** The clicker's language, from what the database knows (no Slack call). */
  language(): Promise<Lang>;
}

/**
 * The shape of every button listener: ack at once, read the value with zod,
 * then do the work; a failure is logged and told to the clicker. A button
 * that opens a form says so (`opensForm`): its work starts at once.
 */
export function buttonListener<T>(
  services: Services,
  schema: z.ZodType<T>,
  work: (click: ButtonClick<T>) => Promise<unknown>,
  options: AfterAckOptions = {},
) {
  return async ({ ack, body, action, respond, context }: Args) => {
    const request = workOf(context);
    await ack();
    const reply = replier(services, body.user.id, body.response_url ? respond : undefined);
    await services.afterAck(
      (workServices) => {
        const language = async () => (await storedLanguage(workServices, body.user.id)).lang;
        return withErrorReply(
          services.logger,
          reply,
          async () => {
            const raw = action.value ?? "";
            const value = schema.parse(raw.startsWith("{") || raw.startsWith("[") ? JSON.parse(raw) : raw);
            await work({
              value,
              userId: body.user.id,
              triggerId: body.trigger_id,
              responseUrl: body.response_url,
              messageTs: body.container?.message_ts,
              actionTs: action.action_ts,
              reply,
              services: workServices,
              language,
            });
          },
          request,
          language,
        );
      },
      { ...options, work: request },
    );
  };
}
