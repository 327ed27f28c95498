import { listLossReasons, listStages } from "../../db/catalog.js";
import { holdsNoTeamData, insertDemoData } from "../../db/demo.js";
import { AppError } from "../../errors.js";
import type { Services } from "../../services.js";
import type { TeamSettings } from "../settings/team-settings.js";
import { prepareWorkspace } from "../setup/prepare-workspace.js";
import { planDemoData } from "./plan-demo-data.js";

/** Fills an empty database with the demo team; refuses one that already holds team data. */
export async function seedDemo(
  services: Pick<Services, "db" | "config" | "logger" | "clock">,
  options: { settings: TeamSettings },
) {
  const { db } = services;
  await prepareWorkspace(services);
  if (!(await holdsNoTeamData(db))) {
    throw new AppError(
      "demo_refused",
      "This database already holds team data (users, deals, accounts, quotas or surveys); the demo only fills an empty one. Point DATABASE_URL at a new file, e.g. DATABASE_URL=file:./data/demo.db.",
    );
  }
  const [stages, lossReasons] = await Promise.all([listStages(db), listLossReasons(db)]);
  const data = planDemoData({
    now: services.clock.now(),
    timezone: options.settings.timezone,
    currency: options.settings.currency,
    stages,
    lossReasons,
  });
  return insertDemoData(db, data);
}
