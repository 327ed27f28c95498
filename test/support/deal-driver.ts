import { randomBytes } from "node:crypto";
import type { TestApp } from "./boot.js";
import type { SlackCall } from "./fake-slack.js";
import { blockActions, type SlackRequest, slashCommand, viewSubmission } from "./slack-requests.js";
import type { ViewState } from "./slack-view-state.js";

export interface CommandResult {
  status: number;
  elapsedMs: number;
  /** The body of the ack, when the answer came in it. */
  ack: Record<string, unknown> | undefined;
  /** The ephemeral reply posted to the response URL after the ack. */
  reply: Record<string, unknown> | undefined;
  /** A modal opened for the user instead (views.open). */
  modal: Record<string, unknown> | undefined;
}

/** Everything a reply or modal says, as one string: handy for toContain. */
export const textOf = (value: unknown) => JSON.stringify(value ?? null);

/**
 * Polls `probe` until it gives a value, or until the app has finished all the work it accepted
 * and a second went by (then no answer is coming: a replay, a double click), or 15 s on a slow machine.
 */
async function until<T>(t: TestApp, probe: () => T | undefined, timeoutMs = 15_000): Promise<T | undefined> {
  const start = Date.now();
  for (let polls = 0; Date.now() < start + timeoutMs; polls++) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - start > 1000 && polls % 10 === 9 && (await allWorkDone(t))) return probe();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return undefined;
}

/** Every accepted request's work has finished (a reply is posted before its work counts as done). */
async function allWorkDone(t: TestApp): Promise<boolean> {
  if (t.app.work.running > 0) return false;
  return (await t.db.slackWork.count({ where: { doneAt: null, kind: "request" } })) === 0;
}

/** Drives the app as people do in Slack: commands, clicks, form submits. */
export function dealDriver(t: TestApp) {
  /** Sends a request and waits for what the app answers through the response URL or a modal. */
  async function exchange(
    request: SlackRequest,
    responseId: string,
    expectAnswer = true,
  ): Promise<CommandResult> {
    const opened = t.slack.callsTo("views.open").length;
    const sent = await t.send(request);
    const ack =
      sent.json && typeof sent.json === "object" && Object.keys(sent.json).length
        ? (sent.json as Record<string, unknown>)
        : undefined;
    let reply: Record<string, unknown> | undefined;
    let modal: Record<string, unknown> | undefined;
    if (!ack && expectAnswer) {
      await until(t, () => {
        const post = t.slack.responses.find((r) => r.id === responseId);
        if (post) reply = post.body as Record<string, unknown>;
        const open = t.slack.callsTo("views.open")[opened] as SlackCall | undefined;
        if (open && open.outcome !== "pending") modal = open.body.view as Record<string, unknown>;
        return reply ?? modal;
      });
    }
    return { status: sent.status, elapsedMs: sent.elapsedMs, ack, reply, modal };
  }

  return {
    /** `/deal <text>` typed by `userId`. */
    command(userId: string, text: string, options: { triggerId?: string; expectAnswer?: boolean } = {}) {
      const id = randomBytes(4).toString("hex");
      return exchange(
        slashCommand({
          text,
          userId,
          responseUrl: t.slack.responseUrl(id),
          ...(options.triggerId ? { triggerId: options.triggerId } : {}),
        }),
        id,
        options.expectAnswer,
      );
    },
    /** A click on a button of a message the app sent (ephemeral replies carry a response URL). */
    click(userId: string, actionId: string, value: string, options: { messageTs?: string } = {}) {
      const id = randomBytes(4).toString("hex");
      return exchange(
        blockActions({
          userId,
          actions: [{ actionId, value }],
          responseUrl: t.slack.responseUrl(id),
          ...(options.messageTs ? { message: { ts: options.messageTs } } : {}),
        } as Parameters<typeof blockActions>[0]),
        id,
      );
    },
    /** Submits a form; returns the HTTP answer (errors or clear). */
    async submit(
      userId: string,
      callbackId: string,
      values: ViewState,
      privateMetadata: string,
      viewId = `V${randomBytes(4).toString("hex")}`,
    ) {
      const sent = await t.send(viewSubmission({ userId, callbackId, values, privateMetadata, viewId }));
      return {
        status: sent.status,
        body: (sent.json ?? {}) as { response_action?: string; errors?: Record<string, string> },
      };
    },
  };
}

/** Finds the first button with `actionId` anywhere in a message or view. */
export function findButton(message: unknown, actionId: string): { value: string } | undefined {
  let found: { value: string } | undefined;
  JSON.stringify(message, (_key, v) => {
    if (!found && v && typeof v === "object" && v.type === "button" && v.action_id === actionId) found = v;
    return v;
  });
  return found;
}
