import { type LossReasonRow, listLossReasons, listStages, type StageRow } from "../../db/catalog.js";
import type { Services } from "../../services.js";

/** The team's stages and loss reasons: what forms offer and messages name. */
export interface Catalog {
  stages: StageRow[];
  lossReasons: LossReasonRow[];
}

export async function loadCatalog({ db }: Pick<Services, "db">): Promise<Catalog> {
  const [stages, lossReasons] = await Promise.all([listStages(db), listLossReasons(db)]);
  return { stages, lossReasons };
}
