import type { AllMiddlewareArgs, App, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../logger.js";

/** The listener for one id (an action_id, or a form's callback_id); it keeps its own argument type. */
export type Route = readonly [id: string | RegExp, listener: (args: never) => Promise<unknown>];

/*
 * One Bolt listener per surface (block actions, form submits), dispatching by id.
 * Bolt runs every registered listener's constraint middleware for every request:
 * with a listener per id (about 40), that walk was a tenth of the app thread's time
 * under load in bench/ack-latency's profile, more than writing the request's row.
 * A stored request resumed from the durable queue (src/work/slack-work.ts) goes
 * through `app.processEvent`, Bolt's full dispatch, so it reaches these the same way.
 */

/** Finds the listener for an id: exact ids first, then patterns in order. Throws on two listeners for one id. */
export function dispatcher(routes: readonly Route[]): (id: string) => Route[1] | undefined {
  const exact = new Map<string, Route[1]>();
  const patterns: [RegExp, Route[1]][] = [];
  for (const [id, listener] of routes) {
    if (typeof id !== "string") patterns.push([id, listener]);
    else if (exact.has(id)) throw new Error(`two listeners for "${id}"`);
    else exact.set(id, listener);
  }
  return (id) => exact.get(id) ?? patterns.find(([pattern]) => pattern.test(id))?.[1];
}

/** Block actions (buttons, pickers). An action nobody listens for (a link button) is acked and logged. */
export function routeActions(app: App, logger: Logger, routes: readonly Route[]): void {
  type Args = SlackActionMiddlewareArgs & AllMiddlewareArgs;
  const find = dispatcher(routes);
  app.action(/(?:)/, async (args: Args) => {
    const id = (args.action as { action_id?: string }).action_id ?? "";
    const listener = find(id) as ((args: Args) => Promise<unknown>) | undefined;
    if (listener) return void (await listener(args));
    await args.ack();
    logger.debug({ actionId: id }, "acked an action no listener handles");
  });
}

/** Form submits. A form nobody listens for is closed and logged. */
export function routeViews(app: App, logger: Logger, routes: readonly Route[]): void {
  type Args = SlackViewMiddlewareArgs & AllMiddlewareArgs;
  const find = dispatcher(routes);
  app.view({ callback_id: /(?:)/, type: "view_submission" }, async (args: Args) => {
    const listener = find(args.view.callback_id) as ((args: Args) => Promise<unknown>) | undefined;
    if (listener) return void (await listener(args));
    await args.ack();
    logger.warn({ callbackId: args.view.callback_id }, "closed a form no listener handles");
  });
  // Slack sends view_closed for views with notify_on_close; unacked, Bolt answers 404 after 3 s.
  app.view({ callback_id: /.*/, type: "view_closed" }, async ({ ack, view }) => {
    await ack();
    logger.debug({ callbackId: view.callback_id }, "acked a closed view");
  });
}

/** Global and message shortcuts: Dealbot declares none, but one configured by hand is acked, not left to time out. */
export function ackShortcuts(app: App, logger: Logger): void {
  app.shortcut(/.*/, async ({ ack, shortcut }) => {
    await ack();
    logger.info({ callbackId: shortcut.callback_id }, "acked a shortcut Dealbot does not handle");
  });
}
