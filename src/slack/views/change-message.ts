import type { KnownBlock } from "@slack/types";
import type { DealRow, EventRow } from "../../db/deals.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import type { Changes } from "../../domain/deals/change-request.js";
import type { FieldError } from "../../domain/deals/plan-change.js";
import type { MessageKey } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { actions, button, context, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine, dealTitle, describeChanges, formatDay } from "./format.js";
import type { Message } from "./help.js";

const HEADS: Record<string, MessageKey> = {
  created: "change.created",
  updated: "change.updated",
  won: "change.won",
  lost: "change.lost",
  reopened: "change.reopened",
  undone: "change.undone",
  confirmed: "change.confirmed",
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
  lang?: Lang;
}): Message {
  const { deal } = input;
  const lang = input.lang ?? "en";
  const head = HEADS[input.kind] ?? "change.updated";
  const lines = describeChanges(input.changes, {
    catalog: input.catalog,
    currency: deal.currency,
    created: input.kind === "created",
    lang,
  });
  const blocks: KnownBlock[] = [
    section(`${t(lang, head, { deal: dealTitle(deal) })}\n${lines.map((l) => `• ${l}`).join("\n")}`),
    context(dealLine(deal, { lang })),
  ];
  if (input.interpretations?.length) {
    const readings = input.interpretations.map((i) => escapeMrkdwn(i)).join(" · ");
    blocks.push(context(t(lang, "change.interpreted", { readings })));
  }
  const logButton = button(t(lang, "activity.log.button"), ACTIONS.logActivity, String(deal.id));
  blocks.push(
    actions(
      input.undoable !== false
        ? [button(t(lang, "change.undo.button"), ACTIONS.undo, String(input.eventId)), logButton]
        : [logButton],
    ),
  );
  const text = t(lang, "change.text", {
    head: t(lang, head, { deal: `#${deal.id} ${deal.name}` }),
    changes: lines.join("; "),
  });
  return { text: text.replace(/[<>&]/g, ""), blocks };
}

export function notice(text: string, detail?: string): Message {
  const blocks: KnownBlock[] = [section(text)];
  if (detail) blocks.push(context(detail));
  return { text: text.replace(/[*_`]/g, ""), blocks };
}

/** Every problem with the user's input, each on its own line, nothing saved. */
export function invalidMessage(problems: string[], example?: string, lang: Lang = "en"): Message {
  return notice(
    t(lang, "reply.nothingSaved", { problems: problems.map((p) => `• ${escapeMrkdwn(p)}`).join("\n") }),
    example ? t(lang, "reply.example", { example: escapeMrkdwn(example) }) : undefined,
  );
}

/** A rule a change broke, in the reader's language (a date in it as they write dates). */
export function fieldErrorText(error: FieldError, lang: Lang = "en"): string {
  if (!error.phrase) return error.message;
  const values = { ...error.phrase.values };
  if (typeof values.date === "string") values.date = formatDay(values.date, lang);
  return t(lang, error.phrase.key, values);
}

export function fieldErrorsMessage(errors: FieldError[], lang: Lang = "en"): Message {
  return invalidMessage(
    errors.map((e) => fieldErrorText(e, lang)),
    undefined,
    lang,
  );
}

/** Someone else changed the deal first: show what, change nothing. */
export function conflictMessage(
  deal: DealRow,
  since: EventRow[],
  catalog: Catalog,
  lang: Lang = "en",
): Message {
  const lines = since.flatMap((event) =>
    describeChanges(event.changes, { catalog, currency: deal.currency, lang }).map((change) =>
      t(lang, "reply.conflictLine", { change, who: event.actorId ? `<@${event.actorId}>` : "Dealbot" }),
    ),
  );
  return notice(
    t(lang, "reply.conflict", {
      deal: dealTitle(deal),
      lines: lines.join("\n") || t(lang, "reply.conflictNoDetails"),
    }),
    t(lang, "reply.conflictTip"),
  );
}
