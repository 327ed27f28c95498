import { monthFiguresByOwner, type SnapshotRow, saveForecastSnapshots } from "../../db/forecast.js";
import type { Services } from "../../services.js";
import { judgeMonth } from "../risk/judge-month.js";
import { teamMonth } from "../risk/team-month.js";
import type { TeamSettings } from "../settings/team-settings.js";

/**
 * Records the month's forecast per rep and for the team: open pipeline closing
 * that month (count, amount, weighted, in Commit and in Best case) and what was won
 * and lost so far. The start-of-month commit is what forecast accuracy is measured against. Taken
 * at the start ("start") and the end ("end") of each month; at the end the
 * month's risk alerts are judged too.
 */
export async function takeForecastSnapshot(
  services: Services,
  input: { at: Date; kind: "start" | "end"; settings: TeamSettings; month?: Date },
) {
  // The month of the scheduled slot: a snapshot caught up after midnight still belongs to it.
  const month = teamMonth(input.month ?? input.at, input.settings.timezone);
  const figures = await monthFiguresByOwner(services.db, month);
  const team = new Map<string, SnapshotRow>();
  const rows: SnapshotRow[] = [];
  for (const f of figures) {
    const { ownerId, ...numbers } = f;
    rows.push({ month: month.key, kind: input.kind, subject: ownerId, takenAt: input.at, ...numbers });
    const t = team.get(f.currency) ?? {
      month: month.key,
      kind: input.kind,
      subject: "team",
      currency: f.currency,
      takenAt: input.at,
      openCount: 0,
      openAmountMinor: 0n,
      weightedMinor: 0n,
      wonCount: 0,
      wonAmountMinor: 0n,
      lostCount: 0,
      lostAmountMinor: 0n,
      commitCount: 0,
      commitMinor: 0n,
      bestCaseMinor: 0n,
    };
    t.openCount += f.openCount;
    t.openAmountMinor = BigInt(t.openAmountMinor) + f.openAmountMinor;
    t.weightedMinor = BigInt(t.weightedMinor) + f.weightedMinor;
    t.wonCount += f.wonCount;
    t.wonAmountMinor = BigInt(t.wonAmountMinor) + f.wonAmountMinor;
    t.lostCount += f.lostCount;
    t.lostAmountMinor = BigInt(t.lostAmountMinor) + f.lostAmountMinor;
    t.commitCount = (t.commitCount ?? 0) + f.commitCount;
    t.commitMinor = BigInt(t.commitMinor ?? 0n) + f.commitMinor;
    t.bestCaseMinor = BigInt(t.bestCaseMinor ?? 0n) + f.bestCaseMinor;
    team.set(f.currency, t);
  }
  rows.push(...team.values());
  await saveForecastSnapshots(services.db, rows);
  // The month's last moments are not over yet at the "end" snapshot: judge as of the month's end.
  const rate = input.kind === "end" ? await judgeMonth(services, month, month.end) : undefined;
  return {
    month: month.key,
    kind: input.kind,
    rows: rows.length,
    ...(rate ? { judged: rate.assessed } : {}),
  };
}
