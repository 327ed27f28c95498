import type { KnownBlock } from "@slack/types";
import type { DealRow, EventRow } from "../../db/deals.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import type { Changes } from "../../domain/deals/change-request.js";
import type { FieldError } from "../../domain/deals/plan-change.js";
import { actions, button, context, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine, dealTitle, describeChanges } from "./format.js";
import type { Message } from "./help.js";

const verbs: Record<string, string> = {
  created: "Created",
  updated: "Updated",
  won: "Marked won :tada:",
  lost: "Marked lost",
  reopened: "Reopened",
  undone: "Undid your change to",
  confirmed: "Confirmed",
};

/** What changed (old → new per field), how typed values were read, and an Undo button. */
export function changeMessage(input: {
  kind: string;
  deal: DealRow;
  changes: Changes;
  eventId: number;
  catalog: Catalog;
  interpretations?: string[];
  undoable?: boolean;
}): Message {
  const { deal } = input;
  const verb = verbs[input.kind] ?? "Updated";
  const lines = describeChanges(input.changes, {
    catalog: input.catalog,
    currency: deal.currency,
    created: input.kind === "created",
  });
  const blocks: KnownBlock[] = [
    section(`${verb} ${dealTitle(deal)}\n${lines.map((l) => `• ${l}`).join("\n")}`),
    context(dealLine(deal)),
  ];
  if (input.interpretations?.length) {
    blocks.push(context(`I read ${input.interpretations.map((i) => escapeMrkdwn(i)).join(" · ")}`));
  }
  if (input.undoable !== false) blocks.push(actions([button("Undo", ACTIONS.undo, String(input.eventId))]));
  return { text: `${verb} #${deal.id} ${deal.name}: ${lines.join("; ")}`.replace(/[<>&]/g, ""), blocks };
}

export function notice(text: string, detail?: string): Message {
  const blocks: KnownBlock[] = [section(text)];
  if (detail) blocks.push(context(detail));
  return { text: text.replace(/[*_`]/g, ""), blocks };
}

/** Every problem with the user's input, each on its own line, nothing saved. */
export function invalidMessage(problems: string[], example?: string): Message {
  return notice(
    `:warning: Nothing was saved:\n${problems.map((p) => `• ${escapeMrkdwn(p)}`).join("\n")}`,
    example ? `Example: \`${escapeMrkdwn(example)}\`` : undefined,
  );
}

export function fieldErrorsMessage(errors: FieldError[]): Message {
  return invalidMessage(errors.map((e) => e.message));
}

/** Someone else changed the deal first: show what, change nothing. */
export function conflictMessage(deal: DealRow, since: EventRow[], catalog: Catalog): Message {
  const lines = since.flatMap((event) =>
    describeChanges(event.changes, { catalog, currency: deal.currency }).map(
      (line) => `• ${line} (by ${event.actorId ? `<@${event.actorId}>` : "Dealbot"})`,
    ),
  );
  return notice(
    `:warning: ${dealTitle(deal)} changed after you started, so your change was *not* saved:\n${lines.join("\n") || "• (details unavailable)"}`,
    "Look at the deal again and redo your change if it still applies.",
  );
}
