import { z } from "zod";
import { dealRefSchema } from "./deal-ref.js";
import type { Problem } from "./problem.js";

/**
 * Field values as typed, after Slack unescaping: amounts, dates and stages are
 * resolved later (they need the team's currency and stages and the rep's zone).
 * `owner` stays raw Slack markup (<@U1|maria>) so the user id can be read from it;
 * `nextBy` is the date after a trailing "by" in `next`.
 */
export const rawFieldsSchema = z
  .object({
    name: z.string(),
    account: z.string(),
    amount: z.string(),
    currency: z.string(),
    stage: z.string(),
    close: z.string(),
    next: z.string(),
    nextBy: z.string(),
    owner: z.string(),
    probability: z.string(),
    forecast: z.string(),
  })
  .partial()
  .strict();
export type RawFields = z.infer<typeof rawFieldsSchema>;

const ref = dealRefSchema;
const optionalText = z.string().min(1).optional();

/** Everything `/deal …` can mean, purely from the text. */
export const dealCommandSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("new"), fields: rawFieldsSchema.extend({ name: z.string().min(1) }) }),
  /** No fields: open the update form. */
  z.object({ kind: z.literal("update"), ref, fields: rawFieldsSchema }),
  /** `ownerId` is a Slack user id; `stage` and `closing` (a period for parseDateRange) are raw. */
  z.object({ kind: z.literal("list"), ownerId: optionalText, stage: optionalText, closing: optionalText }),
  z.object({ kind: z.literal("show"), ref }),
  z.object({ kind: z.literal("won"), ref }),
  /** Without a `note` keyword or quotes, `reason` may hold the note too: see splitReasonAndNote. */
  z.object({ kind: z.literal("lost"), ref, reason: optionalText, note: optionalText }),
  z.object({ kind: z.literal("undo") }),
  /** `until` is a raw date; null = back from being away. */
  z.object({ kind: z.literal("away"), until: z.string().min(1).nullable() }),
  /** `until` is a raw date; null = end the snooze. */
  z.object({ kind: z.literal("snooze"), ref, until: z.string().min(1).nullable(), reason: optionalText }),
  z.object({ kind: z.literal("digest") }),
  z.object({ kind: z.literal("forecast") }),
  /** `/deal forecast team`: a manager's team per rep, and their own call. */
  z.object({ kind: z.literal("forecast-team") }),
  /** `/deal forecast team call <amount> [month|quarter]`: records the manager's call; `amount` raw. */
  z.object({
    kind: z.literal("forecast-call"),
    amount: z.string().min(1),
    period: z.enum(["month", "quarter"]),
  }),
  /** `/deal stats [@rep]`: `ownerId` is a Slack user id; none = your own. */
  z.object({ kind: z.literal("stats"), ownerId: optionalText }),
  /** `/deal contact add …`: every value as typed (plain text; `slack` keeps the raw mention). */
  z.object({
    kind: z.literal("contact-add"),
    name: z.string().min(1),
    email: z.string().min(1),
    account: z.string().min(1),
    language: optionalText,
    slack: optionalText,
  }),
  z.object({ kind: z.literal("contact-list"), account: z.string().min(1) }),
  /** `target`: an account name, or a contact's email or name. */
  z.object({ kind: z.literal("nps-send"), target: z.string().min(1) }),
  /** `unknown`: the subcommand word we did not know; `topic`: words after `help`. */
  z.object({ kind: z.literal("help"), topic: optionalText, unknown: optionalText }),
  /** `args` is the raw rest of the text (mentions kept), for the admin parser. */
  z.object({ kind: z.literal("admin"), args: z.string() }),
  // "" when nothing follows; the handler says which codes exist.
  z.object({ kind: z.literal("language"), choice: z.string() }),
  /** `/deal log <type> <deal> [in|out] [note]`: selling activity on a deal. */
  z.object({
    kind: z.literal("log"),
    type: z.enum(["call", "meeting", "email", "demo", "task"]),
    ref,
    direction: z.enum(["in", "out"]).nullable(),
    note: optionalText,
  }),
  /** `/deal account <name> segment <segment>`; null clears it. */
  z.object({
    kind: z.literal("account-segment"),
    account: z.string().min(1),
    segment: z.string().min(1).nullable(),
  }),
  /** A known subcommand used wrongly; `problem` says how, with an example. */
  z.object({
    kind: z.literal("invalid"),
    subcommand: z.string(),
    problem: z.custom<Problem>((value) => typeof (value as Problem | undefined)?.key === "string"),
  }),
]);
export type DealCommand = z.infer<typeof dealCommandSchema>;
export type DealCommandKind = DealCommand["kind"];
