import { systemClock } from "../clock.js";
import { seedDemo } from "../domain/demo/seed-demo.js";
import { getTeamSettings } from "../domain/settings/get-team-settings.js";
import { makeLogger, openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

/** `dealbot seed-demo`: fills an empty database with a demo team; refuses one with data. */
export async function seedDemoCommand(proc: Process): Promise<number> {
  const config = readConfig(proc, ["database"]);
  const logger = makeLogger(config, proc);
  const database = await openMigratedDatabase(config, logger);
  try {
    const services = { db: database.db, config, logger, clock: systemClock };
    const counts = await seedDemo(services, { settings: await getTeamSettings(services) });
    proc.stdout.write(
      `seed-demo: wrote ${counts.users} people, ${counts.accounts} accounts, ${counts.deals} deals with ${counts.events} events, ${counts.quotas} quotas and ${counts.npsAnswers} NPS answers.\n` +
        "Try: npx dealbot preview digest\n",
    );
    return 0;
  } finally {
    await database.close();
  }
}
