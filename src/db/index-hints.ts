import { type Db, Prisma } from "./client.js";

// Index hints for the few queries whose plan SQLite gets wrong without statistics.

/** Whether `db` is PostgreSQL (Prisma's own client knows its provider; the data layer is the only code that asks). */
export const isPostgres = (db: Db): boolean =>
  (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";

/**
 * `INDEXED BY "<index>"` on SQLite, nothing on PostgreSQL: pins a table of a query to the index
 * it was written for. SQLite databases here carry no statistics (nothing runs ANALYZE), and
 * without them SQLite reads the stage moves of a window through the (at) index and looks up
 * every row, or runs openStageAges' look-up through the stage index (whole seconds at 1M
 * events); PostgreSQL plans from the statistics its autovacuum keeps.
 */
export function sqliteIndex(db: Db, index: string): Prisma.Sql {
  return isPostgres(db) ? Prisma.empty : Prisma.raw(`INDEXED BY "${index}"`);
}

/** The index on stage moves, (toStageId, at, dealId, fromStageId): per stage, a window's moves. */
export const STAGE_MOVES_INDEX = "DealEvent_toStageId_at_dealId_fromStageId_idx";
/** The index on a deal's history, (dealId, at, toStageId, fromStageId). */
export const DEAL_HISTORY_INDEX = "DealEvent_dealId_at_toStageId_fromStageId_idx";

/**
 * `FROM` the stage moves, per stage: the stages `s`, then the events `<alias>` through
 * STAGE_MOVES_INDEX; the query adds `WHERE <alias>."toStageId" = s."id"` and its window on
 * `at`. SQLite keeps the left table of a CROSS JOIN as the outer loop, so each stage reads a
 * range of the index (without statistics it would rather scan all of it); PostgreSQL plans
 * the join as it likes.
 */
export const stageMovesFrom = (db: Db, alias: string): Prisma.Sql =>
  Prisma.sql`"Stage" s CROSS JOIN "DealEvent" ${Prisma.raw(alias)} ${sqliteIndex(db, STAGE_MOVES_INDEX)}`;
