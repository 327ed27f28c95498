import type { App } from "@slack/bolt";
import { background } from "../../background.js";
import { markHandled } from "../../db/idempotency.js";
import type { InFlight } from "../../in-flight.js";
import type { Services } from "../../services.js";

/**
 * Global middleware: every listener's work is tracked so shutdown can wait for
 * it, and an Events API delivery seen before (Slack retries with the same
 * event_id) is dropped. Each delivery also tells background work to give way
 * (the HTTP server does too; this covers Socket Mode).
 */
export function registerMiddleware(app: App, services: Services, inFlight: InFlight): void {
  app.use(async ({ next }) => {
    background.noteRequest();
    await inFlight.track(next());
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
