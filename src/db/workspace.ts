import type { Db, Prisma, Workspace } from "./client.js";

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
