import type { Db } from "../../db/client.js";
import { type DealRow, listDeals } from "../../db/deals.js";
import { type OwnerTotals, openTotalsByOwner } from "../../db/pipeline.js";
import { listReportIds } from "../../db/users.js";
import { todayIn } from "../../parse/date.js";
import type { Services } from "../../services.js";
import type { TeamSettings } from "../settings/team-settings.js";
import { staleDays } from "./staleness.js";

export const HOME_DEAL_LIMIT = 40;

export interface Pipeline {
  userId: string;
  deals: { deal: DealRow; stale: number | undefined }[];
  /** Open deals beyond those listed. */
  more: number;
  totals: OwnerTotals[];
  /** For managers and admins: their team's open pipeline per rep. */
  team: OwnerTotals[] | undefined;
}

/** A person's open pipeline (for their Home tab), plus their team's totals when they manage one. */
export async function pipelineOf(
  services: Pick<Services, "db" | "clock">,
  user: { id: string; role: string; timezone: string | null },
  settings: TeamSettings,
): Promise<Pipeline> {
  const { db, clock } = services;
  const now = clock.now();
  const today = todayIn(user.timezone ?? settings.timezone, now);
  const filter = { ownerIds: [user.id], status: "open" as const };
  const [deals, totals] = await Promise.all([
    listDeals(db, filter, HOME_DEAL_LIMIT),
    openTotalsByOwner(db, [user.id]),
  ]);
  // Every open deal is in one of the totals (one per currency): no separate count.
  const total = totals.reduce((sum, t) => sum + t.count, 0);
  return {
    userId: user.id,
    deals: deals.map((deal) => ({
      deal,
      stale: staleDays(deal, { now, today, staleAfterDays: settings.nudges.staleDays }),
    })),
    more: Math.max(0, total - deals.length),
    totals,
    team: user.role === "rep" ? undefined : await teamTotals(db, user.id),
  };
}

async function teamTotals(db: Db, managerId: string): Promise<OwnerTotals[] | undefined> {
  const reports = await listReportIds(db, managerId);
  return reports.length ? openTotalsByOwner(db, reports) : [];
}
