import type { Db } from "./client.js";

/** Saves the figures of one period, once: a repeated run keeps what the first one saved. */
export async function saveSnapshot(
  db: Db,
  input: { kind: string; periodKey: string; subject?: string; data: string; takenAt: Date },
): Promise<void> {
  const subject = input.subject ?? "team";
  await db.snapshot.upsert({
    where: { kind_periodKey_subject: { kind: input.kind, periodKey: input.periodKey, subject } },
    create: { ...input, subject },
    update: {},
  });
}

/** The latest snapshot of a kind whose period key is at most `atMost` (keys sort as dates). */
export async function latestSnapshot(
  db: Db,
  input: { kind: string; atMost: string; subject?: string },
): Promise<{ periodKey: string; data: string } | null> {
  return db.snapshot.findFirst({
    where: { kind: input.kind, subject: input.subject ?? "team", periodKey: { lte: input.atMost } },
    orderBy: { periodKey: "desc" },
    select: { periodKey: true, data: true },
  });
}
