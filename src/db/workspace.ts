import { type LossReasonWrites, type StageWrites, writeLossReasons, writeStages } from "./catalog.js";
import type { Db, Prisma, Workspace } from "./client.js";
import { type TeamWrite, writeTeam } from "./users.js";

export const WORKSPACE_ID = "default";

export async function findWorkspace(db: Db): Promise<Workspace | null> {
  return db.workspace.findUnique({ where: { id: WORKSPACE_ID } });
}

export type WorkspacePatch = Omit<Prisma.WorkspaceUncheckedCreateInput, "id" | "updatedAt" | "updatedBy">;

export async function saveWorkspace(
  db: Db,
  patch: WorkspacePatch,
  updatedBy: string | null,
): Promise<Workspace> {
  return db.workspace.upsert({
    where: { id: WORKSPACE_ID },
    create: { id: WORKSPACE_ID, ...patch, updatedBy },
    update: { ...patch, updatedBy },
  });
}

/** Everything the team settings modal saves, written together. */
export interface TeamSettingsWrites {
  workspace: WorkspacePatch;
  stages: StageWrites;
  lossReasons: LossReasonWrites;
  team: TeamWrite[];
}

/**
 * Saves the team settings in one transaction: all of it, or (on any error,
 * e.g. StagesInUseError) nothing.
 */
export async function saveTeamSettingsAtomically(
  db: Db,
  writes: TeamSettingsWrites,
  updatedBy: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    // As saveWorkspace, inside the transaction.
    await tx.workspace.upsert({
      where: { id: WORKSPACE_ID },
      create: { id: WORKSPACE_ID, ...writes.workspace, updatedBy },
      update: { ...writes.workspace, updatedBy },
    });
    await writeStages(tx, writes.stages);
    await writeLossReasons(tx, writes.lossReasons);
    await writeTeam(tx, writes.team);
  });
}
