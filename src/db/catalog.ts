import { type Db, isUniqueViolation, type StageKind } from "./client.js";

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
}

export async function listStages(db: Db): Promise<StageRow[]> {
  return db.stage.findMany({
    where: { active: true },
    select: { id: true, key: true, name: true, position: true, probability: true, kind: true },
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
