// The numbers bench/nudge-fanout.ts prints, computed from what the fake Slack recorded: sent,
// 429s, duplicates and lost, and where the time of a rate-limited fan-out went.
import type { SlackCall } from "../test/support/fake-slack.js";

export const POST = "chat.postMessage";
/** The SDK's production policy makes 1 + 5 attempts per call before our RateGate sees a 429. */
const SDK_ATTEMPTS = 6;
/** No chat.postMessage arriving for this long counts as stalled time. */
export const STALL_MS = 250;

export interface SweepTiming {
  /** Posts with outcome "ok". */
  sent: number;
  /** Posts answered 429. */
  rateLimited: number;
  /** Posts answered anything else (an error code or another HTTP status). */
  otherErrors: number;
  /** Calls per recipient: how many attempts each message took (1 = no 429). */
  attempts: Record<string, number>;
  /** From a 429 to the next attempt for the same recipient (ms). */
  retryDelayMs: { count: number; mean: number; p50: number; max: number };
  /** From the start of the sweep to the first 429 (ms), if any. */
  first429Ms: number | null;
  /** Time with no chat.postMessage arriving for more than STALL_MS, and how many such gaps. */
  stalledMs: number;
  stalls: number;
  /** "ok" posts per second of the time that was not stalled. */
  busyRate: number;
  /** Times the SDK paused its request queue (its rate_limited event). */
  sdkPauses: number;
  /** Messages that needed more attempts than the SDK makes, so our RateGate waited and retried. */
  pastSdkRetries: number;
}

/** What one sweep's calls (arrival times on the fake's clock, Date.now) say about its time. */
export function sweepTiming(
  calls: SlackCall[],
  window: { start: number; end: number },
  sdkPauses: number,
): SweepTiming {
  const posts = calls.filter((c) => c.method === POST);
  const byRecipient = new Map<string, SlackCall[]>();
  for (const call of posts) {
    const key = String(call.body.channel);
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), call]);
  }
  const attempts: Record<string, number> = {};
  const delays: number[] = [];
  let pastSdkRetries = 0;
  for (const list of byRecipient.values()) {
    attempts[list.length] = (attempts[list.length] ?? 0) + 1;
    if (list.length > SDK_ATTEMPTS) pastSdkRetries++;
    for (let i = 1; i < list.length; i++)
      if (list[i - 1]!.outcome === 429) delays.push(list[i]!.at - list[i - 1]!.at);
  }
  delays.sort((a, b) => a - b);

  const times = [window.start, ...posts.map((c) => c.at).sort((a, b) => a - b), window.end];
  let stalledMs = 0;
  let stalls = 0;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i]! - times[i - 1]!;
    if (gap > STALL_MS) {
      stalledMs += gap;
      stalls++;
    }
  }
  const sent = posts.filter((c) => c.outcome === "ok").length;
  const rateLimited = posts.filter((c) => c.outcome === 429).length;
  const first429 = posts.find((c) => c.outcome === 429);
  const busyMs = window.end - window.start - stalledMs;
  return {
    sent,
    rateLimited,
    otherErrors: posts.length - sent - rateLimited,
    attempts,
    retryDelayMs: {
      count: delays.length,
      mean: delays.length ? delays.reduce((a, b) => a + b, 0) / delays.length : 0,
      p50: delays[Math.floor(delays.length / 2)] ?? 0,
      max: delays.at(-1) ?? 0,
    },
    first429Ms: first429 ? first429.at - window.start : null,
    stalledMs,
    stalls,
    busyRate: busyMs > 0 ? sent / (busyMs / 1000) : 0,
    sdkPauses,
    pastSdkRetries,
  };
}

export interface Checks {
  /** Recipients with more than one "ok" post, and the extra posts. */
  duplicateRecipients: number;
  duplicatePosts: number;
  /** Reps with stale deals and no "ok" post. */
  repsWithoutDm: number;
  /** Reps whose Delivery row is missing or not "sent". */
  deliveriesNotSent: number;
  /** Reps in either of the two above. */
  lost: number;
  /** "ok" posts whose recipient is not one of the reps. */
  unexpected: number;
}

/** Exactly once: every rep got one DM and has a "sent" Delivery row; nobody got two. */
export function checkDeliveries(
  calls: SlackCall[],
  reps: string[],
  deliveries: Array<{ recipient: string; status: string }>,
): Checks {
  const okPosts = new Map<string, number>();
  for (const call of calls)
    if (call.method === POST && call.outcome === "ok") {
      const to = String(call.body.channel);
      okPosts.set(to, (okPosts.get(to) ?? 0) + 1);
    }
  const sentRows = new Set(deliveries.filter((d) => d.status === "sent").map((d) => d.recipient));
  const repSet = new Set(reps);
  const withoutDm = reps.filter((r) => !okPosts.has(r));
  const notSent = reps.filter((r) => !sentRows.has(r));
  let duplicateRecipients = 0;
  let duplicatePosts = 0;
  for (const count of okPosts.values())
    if (count > 1) {
      duplicateRecipients++;
      duplicatePosts += count - 1;
    }
  return {
    duplicateRecipients,
    duplicatePosts,
    repsWithoutDm: withoutDm.length,
    deliveriesNotSent: notSent.length,
    lost: new Set([...withoutDm, ...notSent]).size,
    unexpected: [...okPosts.keys()].filter((r) => !repSet.has(r)).length,
  };
}

/** Rows of strings as an aligned table (first column left-aligned, the others right-aligned). */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
