import type { App } from "@slack/bolt";
import { background } from "../../background.js";
import { markHandled } from "../../db/idempotency.js";
import type { Services } from "../../services.js";
import type { SlackWork, WorkContext } from "../../work/slack-work.js";

/** The context property a resumed request carries (see SlackWork.replay in src/app.ts). */
export const RESUMED_WORK = "dealbotWork";

/** The accepted request a listener is handling (set on Bolt's context by the middleware below). */
export function workOf(context: Record<string, unknown>): WorkContext | undefined {
  return context[RESUMED_WORK] as WorkContext | undefined;
}

/**
 * Global middleware:
 * - Each command, click and form submit is written to the database before its
 *   ack (src/work/slack-work.ts), and its work, replies included, runs as that
 *   row's work: a crash or kill after the ack loses nothing, the next start
 *   resumes it. The same request seen again (same trigger id) is acked and dropped.
 * - An Events API delivery seen before (Slack retries with the same event_id) is dropped.
 * - Each delivery tells background work to give way (the HTTP server does too; this covers Socket Mode).
 */
export function registerMiddleware(app: App, services: Services, work: SlackWork): void {
  app.use(async ({ body, context, next, logger, ...rest }) => {
    const resumed = context[RESUMED_WORK] as WorkContext | undefined;
    // Taken up from the database: not a request arriving, so background work need not give way.
    if (resumed) return work.run(resumed, next);
    background.noteRequest();
    const key = workKey(body as Record<string, unknown>);
    if (!key) return work.track(next());
    const accepted = await work.accept(key.key, body, key.userId);
    if (!accepted) {
      logger.info(`dropped a repeated request (${key.key})`);
      const ack = (rest as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    context[RESUMED_WORK] = accepted;
    await work.run(accepted, next);
  });
  app.use(async ({ body, next, logger }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (
      typeof eventId === "string" &&
      !(await markHandled(services.db, `event:${eventId}`, services.clock.now()))
    ) {
      logger.debug(`dropped a repeated delivery of event ${eventId}`);
      return;
    }
    await next();
  });
}

/** The key of a request that changes something or is owed a reply: from the request itself, never from state. */
export function workKey(body: Record<string, unknown>): { key: string; userId: string | null } | undefined {
  const trigger = typeof body.trigger_id === "string" ? body.trigger_id : undefined;
  if (typeof body.command === "string" && trigger)
    return { key: `command:${trigger}`, userId: stringOr(body.user_id) };
  const user = (body.user as { id?: unknown } | undefined)?.id;
  if (body.type === "block_actions" && trigger) return { key: `action:${trigger}`, userId: stringOr(user) };
  if (body.type === "view_submission" && trigger) return { key: `view:${trigger}`, userId: stringOr(user) };
  return undefined;
}

const stringOr = (value: unknown): string | null => (typeof value === "string" ? value : null);
