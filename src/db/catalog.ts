import { type Db, isUniqueViolation, type Prisma, type StageKind } from "./client.js";

export interface StageSeed {
  key: string;
  name: string;
  probability: number;
  kind: StageKind;
}

/** Creates the given stages and loss reasons only when the team has none yet. */
export async function seedCatalogIfEmpty(
  db: Db,
  stages: StageSeed[],
  lossReasons: { key: string; label: string }[],
): Promise<{ stages: number; lossReasons: number }> {
  try {
    return await seedInTransaction(db, stages, lossReasons);
  } catch (error) {
    // Another replica seeded at the same moment: its catalog stands.
    if (isUniqueViolation(error)) return { stages: 0, lossReasons: 0 };
    throw error;
  }
}

function seedInTransaction(db: Db, stages: StageSeed[], lossReasons: { key: string; label: string }[]) {
  return db.$transaction(async (tx) => {
    let createdStages = 0;
    let createdReasons = 0;
    if ((await tx.stage.count()) === 0) {
      ({ count: createdStages } = await tx.stage.createMany({
        data: stages.map((s, i) => ({ ...s, position: i + 1 })),
      }));
    }
    if ((await tx.lossReason.count()) === 0) {
      ({ count: createdReasons } = await tx.lossReason.createMany({
        data: lossReasons.map((r, i) => ({ ...r, position: i + 1 })),
      }));
    }
    return { stages: createdStages, lossReasons: createdReasons };
  });
}

export interface StageRow {
  id: number;
  key: string;
  name: string;
  position: number;
  probability: number;
  kind: StageKind;
  /** The team's default forecast category for open deals in this stage; null = by probability. */
  forecastCategory?: string | null;
}

export async function listStages(db: Db): Promise<StageRow[]> {
  return db.stage.findMany({
    where: { active: true },
    select: {
      id: true,
      key: true,
      name: true,
      position: true,
      probability: true,
      kind: true,
      forecastCategory: true,
    },
    orderBy: { position: "asc" },
  });
}

export interface LossReasonRow {
  id: number;
  key: string;
  label: string;
}

export async function listLossReasons(db: Db): Promise<LossReasonRow[]> {
  return db.lossReason.findMany({
    where: { active: true },
    select: { id: true, key: true, label: true },
    orderBy: { position: "asc" },
  });
}

// --- Team settings (`/deal admin`): the whole catalog, and writing an edited one.

type Tx = Prisma.TransactionClient;

/** A stage, retired ones included (they keep their deals and history). */
export interface CatalogStage extends StageRow {
  active: boolean;
}

export async function listAllStages(db: Db): Promise<CatalogStage[]> {
  return db.stage.findMany({
    select: {
      id: true,
      key: true,
      name: true,
      position: true,
      probability: true,
      kind: true,
      forecastCategory: true,
      active: true,
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

/** Open deals per stage id (stages without any are absent), counted in SQL. */
export async function openDealCountsByStage(
  db: Pick<Db, "deal">,
  stageIds?: number[],
): Promise<Map<number, number>> {
  const rows = await db.deal.groupBy({
    by: ["stageId"],
    where: { status: "open", ...(stageIds ? { stageId: { in: stageIds } } : {}) },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.stageId, r._count._all]));
}

/** A loss reason, retired ones included (deals keep pointing at them). */
export interface CatalogLossReason extends LossReasonRow {
  position: number;
  active: boolean;
}

export async function listAllLossReasons(db: Db): Promise<CatalogLossReason[]> {
  return db.lossReason.findMany({
    select: { id: true, key: true, label: true, position: true, active: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

/** Changes to the stages: rows to update (by id), rows to create, and stages to retire. */
export interface StageWrites {
  updates: {
    id: number;
    name: string;
    probability: number;
    position: number;
    active: true;
    forecastCategory?: string | null;
  }[];
  creates: {
    key: string;
    name: string;
    probability: number;
    position: number;
    kind: "open";
    forecastCategory?: string;
  }[];
  retire: { id: number; name: string }[];
}

export interface LossReasonWrites {
  updates: { id: number; label: string; position: number; active: true }[];
  creates: { key: string; label: string; position: number }[];
  retire: { id: number; label: string }[];
}

/** A stage to retire gained open deals after the form was checked: nothing is written. */
export class StagesInUseError extends Error {
  constructor(readonly counts: { name: string; count: number }[]) {
    super(`stages still have open deals: ${counts.map((c) => c.name).join(", ")}`);
    this.name = "StagesInUseError";
  }
}

export async function writeStages(tx: Tx, writes: StageWrites): Promise<void> {
  // Checked again inside the transaction: a deal may have moved into a stage since the form was read.
  if (writes.retire.length > 0) {
    const counts = await openDealCountsByStage(
      tx,
      writes.retire.map((s) => s.id),
    );
    const inUse = writes.retire.flatMap((s) => {
      const count = counts.get(s.id) ?? 0;
      return count > 0 ? [{ name: s.name, count }] : [];
    });
    if (inUse.length > 0) throw new StagesInUseError(inUse);
    await tx.stage.updateMany({
      where: { id: { in: writes.retire.map((s) => s.id) } },
      data: { active: false },
    });
  }
  for (const { id, ...data } of writes.updates) await tx.stage.update({ where: { id }, data });
  if (writes.creates.length > 0) await tx.stage.createMany({ data: writes.creates });
}

export async function writeLossReasons(tx: Tx, writes: LossReasonWrites): Promise<void> {
  if (writes.retire.length > 0) {
    await tx.lossReason.updateMany({
      where: { id: { in: writes.retire.map((r) => r.id) } },
      data: { active: false },
    });
  }
  for (const { id, ...data } of writes.updates) await tx.lossReason.update({ where: { id }, data });
  if (writes.creates.length > 0) await tx.lossReason.createMany({ data: writes.creates });
}
