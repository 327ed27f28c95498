import type { Db } from "./client.js";

// Paged reads for `dealbot export`: pages of PAGE rows in id order, so an export of
// any size streams in flat memory.

export const PAGE = 1000;

export async function dealPage(db: Db, afterId: number) {
  return db.deal.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: PAGE,
    select: {
      id: true,
      sourceId: true,
      name: true,
      account: { select: { name: true, segment: true } },
      ownerId: true,
      owner: { select: { name: true, email: true } },
      stage: { select: { name: true } },
      status: true,
      amountMinor: true,
      currency: true,
      probability: true,
      closeOn: true,
      nextStep: true,
      nextStepDue: true,
      lossReason: { select: { label: true } },
      lossNote: true,
      createdAt: true,
      closedAt: true,
      lastActivityAt: true,
    },
  });
}

export async function eventPage(db: Db, afterId: number) {
  return db.dealEvent.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: PAGE,
    select: {
      id: true,
      dealId: true,
      deal: { select: { sourceId: true, name: true } },
      actorId: true,
      actor: { select: { name: true } },
      source: true,
      kind: true,
      changes: true,
      fromStageId: true,
      toStageId: true,
      at: true,
    },
  });
}

/** Stage names by id, retired stages included (old events name them). */
export async function stageNames(db: Db): Promise<Map<number, string>> {
  const rows = await db.stage.findMany({ select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function contactPage(db: Db, afterId: number) {
  return db.contact.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: PAGE,
    select: {
      id: true,
      name: true,
      email: true,
      account: { select: { name: true, segment: true } },
      language: true,
      slackUserId: true,
      optedOut: true,
      optedOutAt: true,
      addedBy: true,
      bouncedAt: true,
      bounceError: true,
      checkedAt: true,
      createdAt: true,
    },
  });
}

export async function npsPage(db: Db, afterId: number) {
  return db.npsResponse.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: PAGE,
    select: {
      id: true,
      score: true,
      comment: true,
      respondedAt: true,
      followUpAssigneeId: true,
      followUpOutcome: true,
      followUpClosedAt: true,
      survey: {
        select: {
          id: true,
          trigger: true,
          channel: true,
          sentAt: true,
          dealId: true,
          deal: { select: { name: true } },
          account: { select: { name: true, segment: true } },
          contact: { select: { name: true, email: true } },
        },
      },
    },
  });
}
