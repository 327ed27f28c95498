import type { Db } from "../db/client.js";
import { buildFunnelDigest } from "../domain/digest/build-funnel-digest.js";
import { buildRepForecast } from "../domain/digest/build-rep-forecast.js";
import { buildRepStats } from "../domain/forecast/build-rep-stats.js";
import { buildTeamForecast } from "../domain/forecast/build-team-forecast.js";

/**
 * The reads that take seconds on a large pipeline. On SQLite they run on a
 * worker thread with its own connection (src/reads/read-worker.ts), so the
 * event loop that acks Slack's requests never waits for them; elsewhere in
 * process. Each takes the database and plain data, and returns plain data
 * (structured-cloneable: dates, bigints, maps), the same either way.
 */
export const heavyReads = {
  funnelDigest: (db: Db, options: Parameters<typeof buildFunnelDigest>[1]) =>
    buildFunnelDigest({ db }, options),
  repForecast: (db: Db, options: Parameters<typeof buildRepForecast>[1]) => buildRepForecast({ db }, options),
  teamForecast: (db: Db, input: Parameters<typeof buildTeamForecast>[1]) => buildTeamForecast({ db }, input),
  repStats: (db: Db, input: Parameters<typeof buildRepStats>[1]) => buildRepStats(db, input),
} satisfies Record<string, (db: Db, input: never) => Promise<unknown>>;

export type HeavyReadName = keyof typeof heavyReads;
export type HeavyReadInput<K extends HeavyReadName> = Parameters<(typeof heavyReads)[K]>[1];
export type HeavyReadResult<K extends HeavyReadName> = Awaited<ReturnType<(typeof heavyReads)[K]>>;

/** Runs one heavy read: off the event loop where the app has a read worker, else in process. */
export interface HeavyReader {
  read<K extends HeavyReadName>(name: K, input: HeavyReadInput<K>): Promise<HeavyReadResult<K>>;
}

/** The app's reader (a worker thread on SQLite), or in process on the services' database. */
export const readerOf = (services: { db: Db; reads?: HeavyReader | undefined }): HeavyReader =>
  services.reads ?? inProcessReader(services.db);

/** In process, on `db` (PostgreSQL's driver does not block the event loop; the CLI; tests of the reads themselves). */
export const inProcessReader = (db: Db): HeavyReader => ({
  read: (name, input) =>
    (heavyReads[name] as (db: Db, input: unknown) => Promise<HeavyReadResult<typeof name>>)(db, input),
});
