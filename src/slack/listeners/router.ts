import type { AllMiddlewareArgs, App, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../logger.js";

/** The listener for one id (an action_id, or a form's callback_id); it keeps its own argument type. */
export type Route = readonly [id: string | RegExp, listener: (args: never) => Promise<unknown>];

/*
 * Each route is its own Bolt listener (`app.action(id, …)`, `app.view(id, …)`), as
 * Bolt intends. A custom one-listener-per-surface router used to save about 0.1 ms
 * per ack (Bolt runs every listener's constraint check for every request); that was
 * never shown to matter at realistic load, and nothing else needs it: a stored
 * request resumed from the durable queue (src/work/slack-work.ts) goes through
 * `app.processEvent`, Bolt's full dispatch, so it reaches these listeners the same
 * way. What no route takes is answered by one more listener whose pattern matches
 * exactly the ids no route matches (Bolt calls every matching listener, so a plain
 * catch-all would answer handled requests a second time).
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern matching every id that none of `routes` matches. */
export function unrouted(routes: readonly Route[]): RegExp {
  const exact = new Set<string>();
  const patterns: string[] = [];
  for (const [id] of routes) {
    if (typeof id !== "string") patterns.push(`(?:${id.source})`);
    else if (exact.has(id)) throw new Error(`two listeners for "${id}"`);
    else exact.add(id);
  }
  const exactIds = exact.size ? `(?!(?:${[...exact].map(escapeRegExp).join("|")})$)` : "";
  const patternIds = patterns.length ? `(?!${patterns.join("|")})` : "";
  return new RegExp(`^${exactIds}${patternIds}`);
}

/** Block actions (buttons, pickers). An action nobody listens for (a link button) is acked and logged. */
export function routeActions(app: App, logger: Logger, routes: readonly Route[]): void {
  type Args = SlackActionMiddlewareArgs & AllMiddlewareArgs;
  const others = unrouted(routes);
  for (const [id, listener] of routes) app.action(id, listener as (args: Args) => Promise<void>);
  app.action(others, async ({ ack, action }) => {
    await ack();
    logger.debug(
      { actionId: (action as { action_id?: string }).action_id },
      "acked an action no listener handles",
    );
  });
}

/** Form submits. A form nobody listens for is closed and logged. */
export function routeViews(app: App, logger: Logger, routes: readonly Route[]): void {
  type Args = SlackViewMiddlewareArgs & AllMiddlewareArgs;
  const others = unrouted(routes);
  for (const [id, listener] of routes) app.view(id, listener as (args: Args) => Promise<void>);
  app.view(others, async ({ ack, view }) => {
    await ack();
    logger.warn({ callbackId: view.callback_id }, "closed a form no listener handles");
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
