import type { KnownBlock } from "@slack/types";
import { context, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";

export interface Message {
  text: string;
  blocks: KnownBlock[];
}

const USAGE = [
  "`/deal new Acme Corp amount 12k stage proposal close next friday` — create a deal",
  "`/deal update Acme stage negotiation close end of month` — change fields (no fields: opens a form)",
  "`/deal list` · `/deal list @ann stage proposal closing next month` — open deals",
  "`/deal show #42` — one deal and its history",
  "`/deal won Acme` · `/deal lost Acme reason price too high` — close a deal",
  "`/deal undo` — revert your last change (within 10 minutes)",
  "`/deal away until 2027-01-04` · `/deal away off` — pause your weekly nudges",
  "`/deal snooze Acme until 2027-01-15 because buyer on leave` — don't flag a deal as stale until then",
  "`/deal log call Acme out left a voicemail` — log a call, meeting, email, demo or task (counts as activity) · `/deal account Acme segment Enterprise` — set an account's segment",
  "`/deal digest` — this week's funnel digest, just for you · `/deal forecast` — your month and quarter against target",
  "`/deal contact add Maria maria@acme.com account Acme lang fi` · `/deal contact list Acme` — customer contacts",
  "`/deal nps send Acme` — send an NPS survey now (to an account or one contact)",
  "`/deal admin` — team settings (admins) · `/deal admin quota @ann 50k 2026-12` — set a target",
];

const FIELDS =
  "Fields: `name`, `account`, `amount` (12k, 1.2m, €12,500), `currency`, `stage`, `close` (next friday, 2027-01-15), " +
  "`next` (next step, optionally `by <date>`), `owner @user`, `probability`. Refer to a deal by `#id` or part of its name.";

/** Usage for `/deal help`, and for a subcommand Dealbot does not know. */
export function helpMessage(unknown?: string): Message {
  const intro = unknown
    ? `I don't know \`${escapeMrkdwn(unknown)}\`. Here is what \`/deal\` can do:`
    : "*Dealbot* keeps your pipeline current from Slack. Here is what `/deal` can do:";
  return {
    text: unknown ? `Unknown /deal command "${unknown}". Try /deal help.` : "How to use /deal",
    blocks: [section(intro), section(USAGE.map((line) => `• ${line}`).join("\n")), context(FIELDS)],
  };
}
