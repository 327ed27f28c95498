import type { AllMiddlewareArgs, App, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../logger.js";

/** The listener for one id (an action_id, or a form's callback_id); it keeps its own argument type. */
export type Route = readonly [id: string | RegExp, listener: (args: never) => Promise<unknown>];

type Listener<A> = (args: A) => Promise<unknown>;

/** Exact ids first, then patterns in order. */
function router<A>(routes: readonly Route[]): (id: string) => Listener<A> | undefined {
  const exact = new Map<string, Listener<A>>();
  const patterns: [RegExp, Listener<A>][] = [];
  for (const [id, listener] of routes) {
    if (typeof id !== "string") patterns.push([id, listener as Listener<A>]);
    else if (exact.has(id)) throw new Error(`two listeners for "${id}"`);
    else exact.set(id, listener as Listener<A>);
  }
  return (id) => exact.get(id) ?? patterns.find(([pattern]) => pattern.test(id))?.[1];
}

/*
 * One Bolt listener per surface, dispatching on the id, instead of one Bolt
 * listener per id: Bolt runs every listener's middleware for every request, and
 * two dozen of them added ~0.1 ms to each ack, about what a bare Bolt app
 * spends on the whole request (measured for bench/ack-latency).
 */

/** Block actions (buttons, pickers). An action nobody listens for (a link button) is acked and logged. */
export function routeActions(app: App, logger: Logger, routes: readonly Route[]): void {
  type Args = SlackActionMiddlewareArgs & AllMiddlewareArgs;
  const find = router<Args>(routes);
  app.action(/.*/, async (args) => {
    const id = (args.action as { action_id?: string }).action_id ?? "";
    const listener = find(id);
    if (listener) return void (await listener(args));
    await args.ack();
    logger.debug({ actionId: id }, "acked an action no listener handles");
  });
}

/** Form submits. A form nobody listens for is closed and logged. */
export function routeViews(app: App, logger: Logger, routes: readonly Route[]): void {
  type Args = SlackViewMiddlewareArgs & AllMiddlewareArgs;
  const find = router<Args>(routes);
  app.view(/.*/, async (args) => {
    const id = args.view.callback_id;
    const listener = find(id);
    if (listener) return void (await listener(args));
    await args.ack();
    logger.warn({ callbackId: id }, "closed a form no listener handles");
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
