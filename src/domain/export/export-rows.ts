import { contactPage, dealPage, eventPage, npsPage, stageNames } from "../../db/exports.js";
import { toMajorString } from "../../parse/amount.js";
import { minorDigits } from "../../parse/currency.js";
import type { Services } from "../../services.js";

export type ExportKind = "deals" | "events" | "contacts" | "nps";
export const EXPORT_KINDS: readonly ExportKind[] = ["deals", "events", "contacts", "nps"];

export type ExportRow = Record<string, string | number | boolean | null>;

/** The columns of each export, in order (a CSV header even when there are no rows). */
export const EXPORT_COLUMNS: Readonly<Record<ExportKind, readonly string[]>> = {
  deals: [
    "id",
    "dealbot_id",
    "name",
    "account",
    "segment",
    "owner",
    "owner_name",
    "owner_email",
    "amount",
    "currency",
    "stage",
    "status",
    "probability",
    "close_date",
    "next_step",
    "next_step_due",
    "loss_reason",
    "loss_note",
    "created_at",
    "closed_at",
    "last_activity_at",
  ],
  events: [
    "id",
    "at",
    "stage",
    "kind",
    "event_id",
    "dealbot_id",
    "deal",
    "from_stage",
    "source",
    "actor",
    "actor_name",
    "changes",
  ],
  contacts: [
    "id",
    "name",
    "email",
    "account",
    "segment",
    "language",
    "slack",
    "opted_out",
    "opted_out_at",
    "added_by",
    "bounced_at",
    "bounce_error",
    "checked_at",
    "created_at",
  ],
  nps: [
    "id",
    "survey_id",
    "account",
    "segment",
    "contact",
    "email",
    "deal",
    "dealbot_deal_id",
    "score",
    "category",
    "comment",
    "trigger",
    "channel",
    "sent_at",
    "responded_at",
    "follow_up_owner",
    "follow_up_outcome",
    "follow_up_closed_at",
  ],
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
/** An amount as a plain decimal in its currency's unit: 12500.50 EUR, 300 JPY. */
export const decimal = (minor: bigint, currency: string) => toMajorString(minor, minorDigits(currency));

/**
 * The rows of one export, page by page (memory stays flat for any size).
 * Deals carry their source id as `id` (Dealbot's own id for deals made in
 * Slack), so an export imports back with `dealbot import deals`; events carry
 * the same `id` with `at` and `stage`, the history file `--events` reads.
 */
export async function* exportRows(
  services: Pick<Services, "db">,
  kind: ExportKind,
): AsyncIterable<ExportRow> {
  const { db } = services;
  if (kind === "deals") {
    for (let after = 0; ; ) {
      const page = await dealPage(db, after);
      if (page.length === 0) return;
      for (const d of page) {
        yield {
          id: d.sourceId ?? String(d.id),
          dealbot_id: d.id,
          name: d.name,
          account: d.account?.name ?? null,
          segment: d.account?.segment ?? null,
          owner: d.ownerId,
          owner_name: d.owner.name,
          owner_email: d.owner.email,
          amount: decimal(d.amountMinor, d.currency),
          currency: d.currency,
          stage: d.stage.name,
          status: d.status,
          probability: d.probability,
          close_date: d.closeOn,
          next_step: d.nextStep,
          next_step_due: d.nextStepDue,
          loss_reason: d.lossReason?.label ?? null,
          loss_note: d.lossNote,
          created_at: iso(d.createdAt),
          closed_at: iso(d.closedAt),
          last_activity_at: iso(d.lastActivityAt),
        };
      }
      after = page.at(-1)?.id ?? after;
    }
  }
  if (kind === "events") {
    const stages = await stageNames(db);
    for (let after = 0; ; ) {
      const page = await eventPage(db, after);
      if (page.length === 0) return;
      for (const e of page) {
        yield {
          id: e.deal.sourceId ?? String(e.dealId),
          at: iso(e.at),
          stage: e.toStageId === null ? null : (stages.get(e.toStageId) ?? null),
          kind: e.kind,
          event_id: e.id,
          dealbot_id: e.dealId,
          deal: e.deal.name,
          from_stage: e.fromStageId === null ? null : (stages.get(e.fromStageId) ?? null),
          source: e.source,
          actor: e.actorId,
          actor_name: e.actor?.name ?? null,
          changes: e.changes,
        };
      }
      after = page.at(-1)?.id ?? after;
    }
  }
  if (kind === "contacts") {
    for (let after = 0; ; ) {
      const page = await contactPage(db, after);
      if (page.length === 0) return;
      for (const c of page) {
        yield {
          id: c.id,
          name: c.name,
          email: c.email,
          account: c.account.name,
          segment: c.account.segment,
          language: c.language,
          slack: c.slackUserId,
          opted_out: c.optedOut,
          opted_out_at: iso(c.optedOutAt),
          added_by: c.addedBy,
          bounced_at: iso(c.bouncedAt),
          bounce_error: c.bounceError,
          checked_at: iso(c.checkedAt),
          created_at: iso(c.createdAt),
        };
      }
      after = page.at(-1)?.id ?? after;
    }
  }
  for (let after = 0; ; ) {
    const page = await npsPage(db, after);
    if (page.length === 0) return;
    for (const r of page) {
      const s = r.survey;
      yield {
        id: r.id,
        survey_id: s.id,
        account: s.account.name,
        segment: s.account.segment,
        contact: s.contact.name,
        email: s.contact.email,
        deal: s.deal?.name ?? null,
        dealbot_deal_id: s.dealId,
        score: r.score,
        category: r.score >= 9 ? "promoter" : r.score >= 7 ? "passive" : "detractor",
        comment: r.comment,
        trigger: s.trigger,
        channel: s.channel,
        sent_at: iso(s.sentAt),
        responded_at: iso(r.respondedAt),
        follow_up_owner: r.followUpAssigneeId,
        follow_up_outcome: r.followUpOutcome,
        follow_up_closed_at: iso(r.followUpClosedAt),
      };
    }
    after = page.at(-1)?.id ?? after;
  }
}
