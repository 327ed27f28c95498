// The load side of bench/ack-latency.ts, run in a worker thread: the fake Slack Web API (which
// receives the apps' replies and Home tab publishes) and the clients that send signed slash
// commands. Kept off the apps' thread so that what is timed is the apps' event loop, not the
// load generator's: an ack is timed by a thread the app's background work cannot block.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parentPort } from "node:worker_threads";
import { seededRandom } from "../src/domain/demo/plan-demo-data.js";
import { type FakeSlack, type FakeUser, startFakeSlack } from "../test/support/fake-slack.js";
import type { ResponseUrlPost } from "../test/support/fake-slack-types.js";
import { sendToApp, slashCommand } from "../test/support/slack-requests.js";

export interface LoadSetup {
  users: FakeUser[];
  /** Owner of deal `id` at index `id - 1` (deal ids are 1..n). */
  owners: string[];
  /** Name of deal `id` at index `id - 1`, for by-name updates. */
  names: string[];
  signingSecret: string;
  /** Dealbot verifies signatures against its own clock (a fixed test clock here); the bare app against the system clock. */
  dealbotNow: string;
}

export interface LoadPhase {
  /** "bare" or "dealbot"; also prefixes the response URL ids, so replies are told apart. */
  target: string;
  url: string;
  requests: number;
  concurrency: number;
  /** Stop starting requests after this long, even if fewer than `requests` were sent. */
  maxMs: number;
  ref: "id" | "name";
  /** Open loop at this many requests per second (default: closed loop). */
  rate?: number;
  /** Each client waits for its reply before sending the next request. */
  waitReply: boolean;
}

export interface LoadResult {
  /** Ack latencies (ms) of the requests answered 200, in completion order. */
  latencies: number[];
  sent: number;
  /** Answered 200. */
  acked: number;
  statuses: Record<string, number>;
  /** Network errors and client timeouts. */
  errors: number;
  /** Open loop: requests that had to wait for a free slot (the app fell behind the rate). */
  saturated: number;
  firstError?: string;
  wallMs: number;
  stoppedByTime: boolean;
  /** How busy this thread (load generator and fake Slack) was: near 1, the client is the bottleneck. */
  clientUtilization: number;
  /** This thread's event-loop delay (ms): an ack read late here is timed late. */
  clientLoopP99Ms: number;
  clientLoopMaxMs: number;
}

export interface ReplyCounts {
  /** Posts to response URLs of this target's requests. */
  replies: number;
  byKind: Record<string, number>;
  /** An example reply text per kind other than "updated". */
  examples: Record<string, string>;
  publishes: number;
  usersInfo: number;
  /** Time from sending the command to its reply arriving (ms), per reply. */
  replyMs: number[];
}

export interface DrainResult {
  drained: boolean;
  waitedMs: number;
  replies: number;
}

export type Command =
  | { cmd: "start"; seed: number }
  | { cmd: "prepare"; setup: LoadSetup }
  | { cmd: "load"; phase: LoadPhase }
  | { cmd: "drain"; target: string; expectReplies: number; timeoutMs: number; quietMs: number }
  | { cmd: "counts"; target: string }
  | { cmd: "stop" };

export type Request = { id: number } & Command;
export type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

let fake: FakeSlack | undefined;
let setup: LoadSetup | undefined;
let random: () => number = Math.random;
/** When each request was sent (epoch ms, the fake's clock), by response URL id. */
const sentAt = new Map<string, number>();
/** The person each request was sent as, by response URL id. */
const userOf = new Map<string, string>();
let requestCounter = 0;

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} before "start"`);
  return value;
}

async function start(seed: number): Promise<{ apiUrl: string }> {
  random = seededRandom(seed);
  fake = await startFakeSlack();
  return { apiUrl: fake.apiUrl };
}

function prepare(input: LoadSetup): null {
  setup = input;
  for (const user of input.users) need(fake, "prepare").addUser(user);
  return null;
}

/** One signed `/deal update <deal> amount <n>k`, from the deal's owner. */
function nextRequest(target: string, ref: LoadPhase["ref"]) {
  const s = need(setup, "load");
  const slack = need(fake, "load");
  const dealId = 1 + Math.floor(random() * s.owners.length);
  const amountK = 1 + Math.floor(random() * 999);
  const deal = ref === "id" ? `#${dealId}` : `"${s.names[dealId - 1]}"`;
  requestCounter += 1;
  const responseId = `${target}-${requestCounter}`;
  userOf.set(responseId, s.owners[dealId - 1]!);
  return {
    responseId,
    request: slashCommand({
      text: `update ${deal} amount ${amountK}k`,
      userId: s.owners[dealId - 1]!,
      responseUrl: slack.responseUrl(responseId),
    }),
  };
}

/**
 * Sends `requests` requests. By default a closed loop: `concurrency` clients, each sending its
 * next request as soon as the previous one was acked. With `rate`, an open loop: one request every
 * 1/rate s whatever the answers, with at most `concurrency` in flight. With `waitReply`, each
 * client also waits for its reply (the bare app sends none) before sending the next.
 */
async function load(phase: LoadPhase): Promise<LoadResult> {
  const s = need(setup, "load");
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let sent = 0;
  let errors = 0;
  let saturated = 0;
  let firstError: string | undefined;
  let stoppedByTime = false;
  const started = performance.now();
  const deadline = started + phase.maxMs;
  const elu = performance.eventLoopUtilization();
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();

  const sendOne = async () => {
    sent += 1;
    const { responseId, request } = nextRequest(phase.target, phase.ref);
    sentAt.set(responseId, Date.now());
    try {
      const response = await sendToApp(phase.url, request, {
        signingSecret: s.signingSecret,
        now: () => (phase.target === "bare" ? new Date() : new Date(s.dealbotNow)),
      });
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 200) {
        latencies.push(response.elapsedMs);
        if (phase.waitReply && phase.target !== "bare") await replyTo(responseId, 30_000);
      } else {
        firstError ??= `HTTP ${response.status}: ${response.body.slice(0, 200)}`;
      }
    } catch (error) {
      errors += 1;
      firstError ??= String(error);
    }
  };

  if (phase.rate !== undefined) {
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; i < phase.requests; i++) {
      const at = started + (i * 1000) / phase.rate;
      if (at >= deadline) {
        stoppedByTime = true;
        break;
      }
      const wait = at - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (inFlight.size >= phase.concurrency) saturated += 1;
      while (inFlight.size >= phase.concurrency) await Promise.race(inFlight);
      const request: Promise<void> = sendOne().finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
    await Promise.all(inFlight);
  } else {
    const client = async () => {
      while (sent < phase.requests) {
        if (performance.now() >= deadline) {
          stoppedByTime = true;
          return;
        }
        await sendOne();
      }
    };
    await Promise.all(Array.from({ length: phase.concurrency }, client));
  }
  loopDelay.disable();
  return {
    latencies,
    sent,
    acked: statuses["200"] ?? 0,
    statuses,
    errors,
    saturated,
    ...(firstError !== undefined ? { firstError } : {}),
    wallMs: performance.now() - started,
    stoppedByTime,
    clientUtilization: performance.eventLoopUtilization(elu).utilization,
    clientLoopP99Ms: loopDelay.percentile(99) / 1e6,
    clientLoopMaxMs: loopDelay.max / 1e6,
  };
}

// Replies by response URL id, for clients that wait for theirs. The fake Slack only appends to
// `responses`; new posts are picked up every 2 ms while someone waits.
const arrived = new Set<string>();
const replyWaiters = new Map<string, () => void>();
let scanned = 0;
let watcher: NodeJS.Timeout | undefined;

function scanReplies(): void {
  const posts = need(fake, "scan").responses;
  for (; scanned < posts.length; scanned++) {
    const id = posts[scanned]!.id;
    arrived.add(id);
    replyWaiters.get(id)?.();
  }
  if (replyWaiters.size === 0 && watcher) {
    clearInterval(watcher);
    watcher = undefined;
  }
}

/** Resolves true when the reply to `id` arrived, false after `timeoutMs`. */
function replyTo(id: string, timeoutMs: number): Promise<boolean> {
  scanReplies();
  if (arrived.has(id)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      replyWaiters.delete(id);
      resolve(false);
    }, timeoutMs);
    replyWaiters.set(id, () => {
      clearTimeout(timer);
      replyWaiters.delete(id);
      resolve(true);
    });
    watcher ??= setInterval(scanReplies, 2);
  });
}

const repliesOf = (target: string) =>
  need(fake, "drain").responses.filter((post) => post.id.startsWith(`${target}-`));

/**
 * Waits until `expectReplies` replies arrived, everyone who got an "Updated" reply had their Home
 * tab published after their last one (the work after the reply; several changes close together
 * share one publish), and the fake Slack then saw no call for `quietMs`; or until `timeoutMs`.
 */
async function drain(target: string, expectReplies: number, timeoutMs: number, quietMs: number) {
  const slack = need(fake, "drain");
  const started = Date.now();
  let lastCount = -1;
  let lastChange = started;
  for (;;) {
    const count = slack.calls.length + slack.responses.length;
    if (count !== lastCount) {
      lastCount = count;
      lastChange = Date.now();
    }
    const replies = repliesOf(target);
    const done = replies.length >= expectReplies && homesDrawnAfter(replies, slack);
    if (done && Date.now() - lastChange >= quietMs)
      return { drained: true, waitedMs: Date.now() - started, replies: replies.length };
    // Give up when time is out, or when nothing has reached Slack for a long while: a reply that
    // failed to post (e.g. a timeout under load) never comes.
    if (Date.now() - started >= timeoutMs || Date.now() - lastChange >= STALL_MS)
      return { drained: false, waitedMs: Date.now() - started, replies: replies.length };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const STALL_MS = 10_000;

/** Everyone's Home tab was published (answered) after the last "Updated" reply they got. */
function homesDrawnAfter(replies: ResponseUrlPost[], slack: FakeSlack): boolean {
  const lastPublished = new Map<string, number>();
  for (const call of slack.callsTo("views.publish")) {
    if (call.outcome === "pending") continue;
    const userId = String(call.body.user_id);
    lastPublished.set(userId, Math.max(lastPublished.get(userId) ?? 0, call.at));
  }
  return replies.every((post) => {
    if (kindOf(textOf(post.body)) !== "updated") return true;
    const userId = userOf.get(post.id);
    return userId === undefined || (lastPublished.get(userId) ?? -1) >= post.at;
  });
}

const textOf = (body: Record<string, unknown>) =>
  typeof body.text === "string" ? body.text : JSON.stringify(body);

function kindOf(text: string): string {
  if (text.startsWith("Updated #")) return "updated";
  if (text.includes("changed after you started")) return "conflict";
  if (text.startsWith("Nothing to change")) return "unchanged";
  if (text.includes("Something went wrong")) return "error";
  if (text.includes("no deal matching")) return "not found";
  return "other";
}

function counts(target: string): ReplyCounts {
  const slack = need(fake, "counts");
  const byKind: Record<string, number> = {};
  const examples: Record<string, string> = {};
  const replyMs: number[] = [];
  const replies = repliesOf(target);
  for (const post of replies) {
    const text = textOf(post.body);
    const kind = kindOf(text);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    if (kind !== "updated") examples[kind] ??= text.slice(0, 200);
    const at = sentAt.get(post.id);
    if (at !== undefined) replyMs.push(post.at - at);
  }
  return {
    replies: replies.length,
    byKind,
    examples,
    publishes: slack.callsTo("views.publish").length,
    usersInfo: slack.callsTo("users.info").length,
    replyMs,
  };
}

async function handle(command: Command): Promise<unknown> {
  switch (command.cmd) {
    case "start":
      return start(command.seed);
    case "prepare":
      return prepare(command.setup);
    case "load":
      return load(command.phase);
    case "drain":
      return drain(command.target, command.expectReplies, command.timeoutMs, command.quietMs);
    case "counts":
      return counts(command.target);
    case "stop":
      await fake?.close();
      fake = undefined;
      return null;
  }
}

const port = parentPort;
if (!port) throw new Error("bench/ack-load.ts runs as a worker thread of bench/ack-latency.ts");
port.on("message", (request: Request) => {
  handle(request).then(
    (result) => port.postMessage({ id: request.id, ok: true, result } satisfies Reply),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, error: String(error) } satisfies Reply),
  );
});
