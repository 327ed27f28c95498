import { z } from "zod";
import { LANGUAGES } from "../../i18n/languages.js";

/**
 * What an actionable DM (a weekly nudge, a risk alert) was built from, kept on
 * its delivery so clicks can rebuild it in place.
 */
export const nudgePayloadSchema = z.object({
  kind: z.enum(["nudge", "risk"]).default("nudge"),
  /** For risk alerts: the month the deals were expected to close in, "2026-11". */
  month: z.string().optional(),
  /** For risk alerts: each deal's reasons, as shown. */
  reasons: z.record(z.string(), z.array(z.string())).default({}),
  dealIds: z.array(z.number().int()),
  /** Deals left for a "show the rest" page. */
  rest: z.array(z.number().int()).default([]),
  page: z.number().int().min(1).default(1),
  /** dealId → what the rep did: "confirmed", "committed", "updated", "pushed:2027-01-15", "lost", "won". */
  done: z.record(z.string(), z.string()).default({}),
  /** Days without update per deal when the nudge was built. */
  staleDays: z.record(z.string(), z.number().int()).default({}),
  /** The recipient's language when it was sent: redraws after clicks keep it (older payloads: English). */
  lang: z.enum(LANGUAGES).default("en"),
  /** Deals whose close date had passed when the nudge was built (listed first, with Won). */
  pastDue: z.array(z.number().int()).default([]),
});
export type NudgePayload = z.infer<typeof nudgePayloadSchema>;

export function readNudgePayload(raw: string | null): NudgePayload | undefined {
  try {
    const parsed = nudgePayloadSchema.safeParse(JSON.parse(raw ?? "null"));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Deals per nudge message: two blocks each (deal, buttons) within Slack's 50 blocks per message. */
export const NUDGE_PAGE_SIZE = 20;
