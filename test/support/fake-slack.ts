// A fake Slack Web API on 127.0.0.1 that records every call. Point a real WebClient (or Bolt's
// `clientOptions`) at `fake.apiUrl` and assert on what Slack would have received.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { WebClientOptions } from "@slack/web-api";
import { type FakeChannel, manifestBotScopes, neededScopes } from "./fake-slack-access.js";
import {
  type Behaviour,
  BehaviourQueue,
  behaviourAnswer,
  RateLimiter,
  type RateLimitOptions,
} from "./fake-slack-behaviours.js";
import { type CheckResult, checkMessage, checkView } from "./fake-slack-checks.js";
import {
  type Answer,
  bearerToken,
  decodeBody,
  jsonAnswer,
  rateLimitedAnswer,
  readRaw,
  statusAnswer,
  writeAnswer,
} from "./fake-slack-http.js";
import { FakeSlackState, methodHandlers } from "./fake-slack-methods.js";
import type { FakeUser, ResponseUrlPost, SlackCall, UploadedFile } from "./fake-slack-types.js";

export type { FakeChannel } from "./fake-slack-access.js";
export type { Behaviour, RateLimitOptions } from "./fake-slack-behaviours.js";
export type { FakeUser, ResponseUrlPost, SlackCall, UploadedFile } from "./fake-slack-types.js";

export interface FakeSlackOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** Clock for `call.at` and the rate limiter (ms); inject one to make rate limits exact. */
  now?: () => number;
  /** Bot scopes the app is installed with (default: those in manifest.yml). */
  scopes?: string[];
}

/** Slack's trigger_id lives 3 seconds (docs.slack.dev/interactivity/handling-user-interaction). */
export const TRIGGER_TTL_MS = 3000;

const MESSAGE_METHODS = new Set(["chat.postMessage", "chat.update", "chat.postEphemeral"]);
const VIEW_METHODS = new Set(["views.open", "views.push", "views.update", "views.publish"]);

export interface WaitOptions {
  count?: number;
  timeoutMs?: number;
}

/** Behaviours given for this pseudo-method apply to response URL posts (e.g. `{ status: 404 }`). */
export const RESPONSE_URL_METHOD = "response_url";

const DEFAULT_WAIT_MS = 3000;

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly uploads: UploadedFile[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /**
   * What real Slack would refuse or users would see broken (mrkdwn that is not a token, a
   * prefilled value over its max_length, a Block Kit limit): `bootApp`'s close() fails the test
   * when this is not empty.
   */
  readonly violations: string[] = [];
  readonly origin: string;
  /** Base URL for WebClient's `slackApiUrl`; WebClient requests `${slackApiUrl}${method}`. */
  readonly apiUrl: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;

  private readonly state: FakeSlackState;
  private readonly behaviours = new BehaviourQueue();
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** trigger_id → when Slack issued it (the fake's clock). */
  private readonly triggers = new Map<string, number>();
  private responseCounter = 0;

  constructor(
    private readonly server: Server,
    options: FakeSlackOptions,
    private readonly now: () => number,
  ) {
    const { port } = server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    this.apiUrl = `${this.origin}/api/`;
    this.botUserId = options.botUserId ?? "U_BOT";
    this.botId = options.botId ?? "B_BOT";
    this.teamId = options.teamId ?? "T_TEST";
    const ids = { botUserId: this.botUserId, botId: this.botId, teamId: this.teamId, appId: "A_DEALBOT" };
    this.state = new FakeSlackState(ids, this.origin);
    this.state.scopes = new Set(options.scopes ?? manifestBotScopes());
  }

  /** The bot scopes the fake grants. */
  get scopes(): ReadonlySet<string> {
    return this.state.scopes;
  }

  /** Describes a conversation: private, archived, whether the bot is in it. */
  addChannel(channel: FakeChannel): void {
    this.state.channels.set(channel.id, { ...this.state.channels.get(channel.id), ...channel });
  }

  /** An admin ran `/invite @Dealbot` in the channel. */
  inviteBot(channelId: string): void {
    this.addChannel({ id: channelId, botMember: true });
  }

  isBotMember(channelId: string): boolean {
    return this.state.channel(channelId).botMember;
  }

  /**
   * Slack issued this trigger_id now (with a click or command sent to the app); views.open with it
   * more than 3 s later answers expired_trigger_id. Unknown trigger ids are accepted.
   */
  issueTrigger(triggerId: string): void {
    this.triggers.set(triggerId, this.now());
  }

  /** Checks an ack body the app answered a request with, as Slack would render it. */
  checkAck(body: Record<string, unknown>): void {
    const view = body.response_action === undefined ? undefined : body.view;
    const checked = view === undefined ? checkMessage("ack", body) : checkView("ack view", view);
    this.violations.push(...checked.refused, ...checked.broken);
  }

  /** Throws when the app sent Slack something it would refuse or render broken. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const list = this.violations.map((v) => `  - ${v}`).join("\n");
    throw new Error(`The app sent Slack what real Slack refuses or shows broken:\n${list}`);
  }

  /**
   * WebClient options for tests: no retries and a timeout, because WebClient's defaults
   * (10 retries over ~30 minutes, no timeout) let a failing fake hang a test for half an hour.
   */
  get clientOptions(): WebClientOptions {
    return { slackApiUrl: this.apiUrl, retryConfig: { retries: 0 }, timeout: 5000 };
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  lastCall(method: string): SlackCall | undefined {
    return this.callsTo(method).at(-1);
  }

  /**
   * Resolves with the calls to `method` once at least `count` (default 1) have been answered,
   * so their `outcome` is final. `includePending` also counts calls still waiting for an answer
   * (e.g. held by `delayMs`).
   */
  waitFor(method: string, options: WaitOptions & { includePending?: boolean } = {}): Promise<SlackCall[]> {
    const { count = 1, timeoutMs = DEFAULT_WAIT_MS, includePending = false } = options;
    const matching = () =>
      this.callsTo(method).filter((call) => includePending || call.outcome !== "pending");
    return this.waitUntil(
      () => (matching().length >= count ? matching() : undefined),
      timeoutMs,
      () => `waitFor("${method}"): wanted ${count} call(s), got ${matching().length}`,
    );
  }

  /** Resolves with the posts to response URLs (optionally one id) once at least `count` arrived. */
  waitForResponses({
    id,
    count = 1,
    timeoutMs = DEFAULT_WAIT_MS,
  }: WaitOptions & { id?: string } = {}): Promise<ResponseUrlPost[]> {
    const matching = () => this.responses.filter((post) => id === undefined || post.id === id);
    return this.waitUntil(
      () => (matching().length >= count ? matching() : undefined),
      timeoutMs,
      () => `waitForResponses(${id ?? "any id"}): wanted ${count} post(s), got ${matching().length}`,
    );
  }

  addUser(user: FakeUser): void {
    // Fails here, with the zone named, rather than as a confusing error inside users.info.
    new Intl.DateTimeFormat("en-US", { timeZone: user.tz ?? "UTC" });
    this.state.users.set(user.id, user);
  }
  /** Messages in a channel (a user id means the app's DM with them), oldest first, as last edited. */
  messagesIn(channel: string): Record<string, unknown>[] {
    return [...(this.state.messages.get(this.state.resolveChannel(channel)) ?? [])];
  }

  /**
   * Scripts how `method` answers; "*" means every method (response URL posts included).
   * The first matching behaviour wins.
   */
  on(method: string, behaviour: Behaviour): void {
    this.behaviours.add(method, behaviour);
  }

  /** A token bucket for `method`: over the limit it answers 429 with Retry-After. */
  rateLimit(method: string, options: RateLimitOptions): void {
    this.limiters.set(method, new RateLimiter(options, this.now));
  }

  /** A response_url on this fake; posts to it land in `fake.responses`. */
  responseUrl(id?: string): string {
    this.responseCounter += 1;
    return `${this.origin}/response/${encodeURIComponent(id ?? `R${this.responseCounter}`)}`;
  }

  /** Forgets calls, uploads, responses, behaviours and rate limits. The user directory stays. */
  reset(): void {
    this.calls.length = 0;
    this.uploads.length = 0;
    this.responses.length = 0;
    this.behaviours.clear();
    this.limiters.clear();
    this.violations.length = 0;
  }

  /** Closes the server, dropping open connections and pending delayed answers. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /** Entry point for every request the server receives. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.origin);
    const [, kind, name = ""] = url.pathname.split("/");
    const raw = await readRaw(req);
    const contentType = req.headers["content-type"] ?? "";
    if (kind === "api" && name !== "") {
      writeAnswer(res, await this.answerApiCall(decodeURIComponent(name), url, raw, req));
    } else if (kind === "upload" && req.method === "POST") {
      writeAnswer(res, await this.receiveUpload(decodeURIComponent(name), raw, contentType));
    } else if (kind === "response" && req.method === "POST") {
      writeAnswer(res, await this.receiveResponse(decodeURIComponent(name), raw, contentType));
    } else {
      writeAnswer(res, statusAnswer(404));
    }
  }

  private async answerApiCall(method: string, url: URL, raw: Buffer, req: IncomingMessage): Promise<Answer> {
    const contentType = req.headers["content-type"] ?? "";
    const decoded = await decodeBody(raw, contentType);
    const body = { ...Object.fromEntries(url.searchParams), ...decoded.fields };
    const token =
      bearerToken(req.headers.authorization) ?? (typeof body.token === "string" ? body.token : undefined);
    const call: SlackCall = { method, body, contentType, at: this.now(), outcome: "pending" };
    if (token !== undefined) call.token = token;
    this.record(() => this.calls.push(call));

    const answer = await this.decide(call, () => {
      if (decoded.error !== undefined) return jsonAnswer({ ok: false, error: decoded.error });
      if (call.token === undefined) return jsonAnswer({ ok: false, error: "not_authed" });
      const retryAfter = this.limiters.get(method)?.take(call);
      if (retryAfter !== undefined) return rateLimitedAnswer(retryAfter);
      const refusal = this.refusal(call);
      if (refusal !== undefined) return jsonAnswer(refusal);
      const handler = methodHandlers[method];
      return jsonAnswer(
        handler === undefined ? { ok: false, error: "unknown_method" } : handler(call, this.state),
      );
    });
    this.record(() => {
      call.outcome = answer.outcome;
    });
    return answer;
  }

  /** Checks scopes, trigger ids and content before the method's own handler runs. */
  private refusal(call: SlackCall): Record<string, unknown> | undefined {
    const needed = neededScopes(call.method, call.body, (id) => this.state.channel(id).kind);
    if (needed !== undefined && !needed.some((scope) => this.state.scopes.has(scope))) {
      return {
        ok: false,
        error: "missing_scope",
        needed: needed.join(","),
        provided: [...this.state.scopes].join(","),
      };
    }
    const trigger = typeof call.body.trigger_id === "string" ? call.body.trigger_id : undefined;
    const issuedAt = trigger === undefined ? undefined : this.triggers.get(trigger);
    if (issuedAt !== undefined && call.at - issuedAt > TRIGGER_TTL_MS)
      return { ok: false, error: "expired_trigger_id" };
    const checked = this.checkContent(call.method, call.body);
    if (checked === undefined) return undefined;
    this.violations.push(...checked.refused, ...checked.broken);
    return checked.refused.length > 0
      ? { ok: false, error: "invalid_blocks", errors: checked.refused }
      : undefined;
  }

  private checkContent(method: string, body: Record<string, unknown>): CheckResult | undefined {
    if (MESSAGE_METHODS.has(method)) return checkMessage(method, body);
    if (VIEW_METHODS.has(method)) return checkView(method, body.view);
    return undefined;
  }

  /** Applies the first matching behaviour (delay first), else the normal answer. */
  private async decide(call: SlackCall, normal: () => Answer): Promise<Answer> {
    const behaviour = this.behaviours.take(call);
    if (behaviour?.delayMs !== undefined) await this.sleep(behaviour.delayMs);
    const normalBody = () => {
      const answer = normal();
      return typeof answer.body === "string" ? { ok: false, error: answer.body } : answer.body;
    };
    return (behaviour && behaviourAnswer(behaviour, call, normalBody)) ?? normal();
  }

  // WebClient 8 posts the bytes as multipart/form-data (one file part named "body", filename
  // "Untitled"), because it sends them through the same serializer as API calls. Raw bytes,
  // as other clients send them, are accepted too.
  private async receiveUpload(fileId: string, raw: Buffer, contentType: string): Promise<Answer> {
    const filename = this.state.pendingUploads.get(fileId);
    if (filename === undefined) return { status: 404, body: "unknown upload url", outcome: 404 };
    const decoded = await decodeBody(raw, contentType);
    const bytes = contentType.startsWith("multipart/") ? decoded.files[0]?.bytes : raw;
    if (bytes === undefined) return { status: 400, body: "no file part in upload", outcome: 400 };
    this.record(() => this.uploads.push({ fileId, bytes, filename }));
    return { status: 200, body: `OK - ${bytes.length}`, outcome: "ok" };
  }

  // Slack answers a response_url post with the plain text "ok"; Bolt's respond() only checks the
  // HTTP status (it throws RespondError when it is not 2xx), so the text is what we send too.
  private async receiveResponse(id: string, raw: Buffer, contentType: string): Promise<Answer> {
    const decoded = await decodeBody(raw, contentType);
    const call: SlackCall = {
      method: RESPONSE_URL_METHOD,
      body: decoded.fields,
      contentType,
      at: this.now(),
      outcome: "pending",
    };
    const answer = await this.decide(call, () => {
      const checked = checkMessage("response_url", decoded.fields);
      this.violations.push(...checked.refused, ...checked.broken);
      if (checked.refused.length > 0) return { status: 400, body: "invalid_blocks", outcome: 400 };
      return { status: 200, body: "ok", outcome: "ok" };
    });
    if (answer.status === 200)
      this.record(() => this.responses.push({ id, body: decoded.fields, at: call.at }));
    return answer;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** Changes recorded state, then wakes waiters. */
  private record(change: () => void): void {
    change();
    for (const listener of [...this.listeners]) listener();
  }

  private waitUntil<T>(ready: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = ready();
        if (value === undefined) return;
        finish();
        resolve(value);
      };
      const timer = setTimeout(() => {
        finish();
        const seen = this.summarizeCalls();
        reject(new Error(`${describe()} within ${timeoutMs} ms. Recorded calls: ${seen}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** "chat.postMessage ×2 (ok, channel_not_found), users.info ×1 (ok)" */
  private summarizeCalls(): string {
    const byMethod = new Map<string, Array<string | number>>();
    for (const call of this.calls)
      byMethod.set(call.method, [...(byMethod.get(call.method) ?? []), call.outcome]);
    if (byMethod.size === 0) return "none";
    return [...byMethod]
      .map(([method, outcomes]) => `${method} ×${outcomes.length} (${outcomes.join(", ")})`)
      .join(", ");
  }
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  let fake: FakeSlack | undefined;
  const server = createServer((req, res) => {
    fake?.handle(req, res).catch((error: unknown) => {
      writeAnswer(res, { status: 500, body: `fake slack crashed: ${String(error)}`, outcome: 500 });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  fake = new FakeSlack(server, options, options.now ?? Date.now);
  return fake;
}
