import { DateTime } from "luxon";
import type { LossReasonRow, StageRow } from "../../db/catalog.js";
import type { DemoData, DemoDeal } from "../../db/demo.js";
import { digestPeriods, monthsOfQuarter } from "../digest/periods.js";

/** A small deterministic PRNG (mulberry32), so every demo looks the same. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sales styles: deals a month, typical size (major units), chance to advance each stage, jackpot odds. */
const REPS = [
  { id: "UDEMO0001", name: "Sam Steady (demo)", perMonth: 6, size: 8_000, advance: 0.62, jackpot: 0 },
  { id: "UDEMO0002", name: "Jack Jackpot (demo)", perMonth: 4, size: 6_000, advance: 0.45, jackpot: 0.04 },
  { id: "UDEMO0003", name: "Hannah Hunter (demo)", perMonth: 10, size: 4_000, advance: 0.45, jackpot: 0 },
  { id: "UDEMO0004", name: "Noah Newcomer (demo)", perMonth: 3, size: 5_000, advance: 0.5, jackpot: 0 },
];
const MANAGER = { id: "UDEMOMGR1", name: "Maya Manager (demo)" };
const ACCOUNTS = [
  "Acme Corp",
  "Globex",
  "Initech",
  "Umbrella",
  "Hooli",
  "Stark Industries",
  "Wayne Enterprises",
  "Wonka",
  "Soylent",
  "Tyrell",
  "Cyberdyne",
  "Aperture",
  "Black Mesa",
  "Vandelay",
  "Dunder Mifflin",
  "Pied Piper",
  "Oscorp",
  "Massive Dynamic",
  "Gringotts",
  "Monsters Inc",
  "Nakatomi",
  "Prestige Worldwide",
  "Sirius Cyber",
  "Vehement Capital",
  "Bluth Company",
  "Krusty Krab",
  "Los Pollos",
  "Duff Beer",
  "Planet Express",
  "Blue Sun",
];

/**
 * A year of a demo team's pipeline up to `now`: a manager, four reps with different
 * styles, thirty accounts, deals walking the stages (events dated as they went), wins,
 * losses with reasons, this month's and quarter's quotas, and NPS answers.
 */
export function planDemoData(input: {
  now: Date;
  timezone: string;
  currency: string;
  stages: StageRow[];
  lossReasons: LossReasonRow[];
  random?: () => number;
}): DemoData {
  const random = input.random ?? seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const open = input.stages.filter((s) => s.kind === "open");
  const won = input.stages.find((s) => s.kind === "won");
  const lost = input.stages.find((s) => s.kind === "lost");
  if (!won || !lost || open.length === 0) throw new Error("the demo needs open, won and lost stages");
  const now = DateTime.fromJSDate(input.now, { zone: input.timezone });
  const deals: DemoDeal[] = [];
  // Each rep has a book of accounts (every fourth one), and sells to it.
  const books = new Map(REPS.map((rep, r) => [rep.id, ACCOUNTS.filter((_, i) => i % REPS.length === r)]));
  const accountOwners = Object.fromEntries(
    ACCOUNTS.map((name, i) => [name, REPS[i % REPS.length]!.id] as const),
  );
  let n = 0;
  for (let monthsAgo = 12; monthsAgo >= 0; monthsAgo--) {
    for (const rep of REPS) {
      for (let i = 0; i < rep.perMonth; i++) {
        const created = now.minus({
          months: monthsAgo,
          days: Math.floor(random() * 28),
          hours: Math.floor(random() * 8),
        });
        if (created > now) continue;
        // The jackpot hunter lands two big ones (9 and 4 months ago) and loses most of the rest.
        const jackpot = rep.jackpot > 0 && i === 0 && (monthsAgo === 9 || monthsAgo === 4);
        const amount = Math.round((rep.size * (0.4 + random() * 1.4) * (jackpot ? 15 : 1)) / 100) * 100;
        const events: DemoDeal["events"] = [
          { kind: "created", at: created.toJSDate(), fromStageId: null, toStageId: open[0]!.id, changes: {} },
        ];
        let at = created;
        let stage = open[0]!;
        let index = 0;
        let status: DemoDeal["status"] = "open";
        let lossReasonId: number | null = null;
        // One stage at a time: a deal that neither moves nor dies stays put, and never skips a stage.
        for (let step = 1; step <= open.length + 2; step++) {
          const next = at.plus({ days: 4 + Math.floor(random() * 20) });
          if (next > now) break;
          at = next;
          if (jackpot || random() < rep.advance) {
            index++;
            const to = open[index] ?? won;
            events.push({
              kind: to.kind === "won" ? "won" : "updated",
              at: at.toJSDate(),
              fromStageId: stage.id,
              toStageId: to.id,
              changes: { stageId: { from: stage.id, to: to.id } },
            });
            if (to.kind === "won") status = "won";
            else stage = to;
          } else if (random() < 0.6) {
            lossReasonId = pick(input.lossReasons).id;
            events.push({
              kind: "lost",
              at: at.toJSDate(),
              fromStageId: stage.id,
              toStageId: lost.id,
              changes: { stageId: { from: stage.id, to: lost.id } },
            });
            status = "lost";
          }
          if (status !== "open") break;
        }
        const last = events.at(-1)!;
        let closeOn = DateTime.fromJSDate(last.at, { zone: input.timezone }).plus({
          days: 10 + Math.floor(random() * 60),
        });
        if (status === "open" && closeOn < now) closeOn = now.plus({ days: 3 + Math.floor(random() * 80) });
        if (status === "open" && random() < 0.25) {
          const later = closeOn.plus({ days: 14 + Math.floor(random() * 30) });
          const day = (d: DateTime) => d.toFormat("yyyy-MM-dd");
          events.push({
            kind: "updated",
            at: now.minus({ days: Math.floor(random() * 6) }).toJSDate(),
            fromStageId: null,
            toStageId: null,
            changes: { closeOn: { from: day(closeOn), to: day(later) } },
          });
          closeOn = later;
        }
        n++;
        const account = pick(books.get(rep.id) ?? ACCOUNTS);
        const last30 =
          status === "open" &&
          index >= open.length - 2 &&
          closeOn <= now.plus({ days: 60 }) &&
          random() < 0.6;
        deals.push({
          name: `${account} ${pick(["renewal", "expansion", "pilot", "platform", "licences", "rollout"])} ${n}`,
          account,
          // Reps commit many late-stage deals closing in the next two months, as after a risk alert.
          ...(last30 ? { forecastCategory: "commit" } : {}),
          ownerId: rep.id,
          stageId: status === "won" ? won.id : status === "lost" ? lost.id : stage.id,
          status,
          amountMinor: BigInt(amount) * 100n,
          closeOn:
            status === "open"
              ? closeOn.toFormat("yyyy-MM-dd")
              : DateTime.fromJSDate(last.at, { zone: input.timezone }).toFormat("yyyy-MM-dd"),
          closedAt: status === "open" ? null : last.at,
          lossReasonId,
          lastActivityAt: events.reduce((a, e) => (e.at > a ? e.at : a), created.toJSDate()),
          createdAt: created.toJSDate(),
          events,
        });
      }
    }
  }
  const periods = digestPeriods(input.now, input.timezone);
  const quotas: DemoData["quotas"] = [];
  for (const period of [periods.month.key, ...monthsOfQuarter(periods.quarter.key)].filter(
    (p, i, a) => a.indexOf(p) === i,
  )) {
    for (const rep of REPS)
      quotas.push({
        subject: rep.id,
        period,
        amountMinor: BigInt(rep.size * rep.perMonth) * 30n,
        currency: input.currency,
      });
  }
  quotas.push({
    subject: "team",
    period: periods.quarter.key,
    amountMinor: REPS.reduce((s, r) => s + BigInt(r.size * r.perMonth) * 90n, 0n),
    currency: input.currency,
  });
  const npsScores = deals
    .filter((d) => d.status === "won")
    .slice(-25)
    .map((d, i) => ({
      account: d.account,
      dealIndex: deals.indexOf(d),
      score: [10, 9, 9, 8, 7, 10, 6, 9, 3, 10][i % 10]!,
      at: new Date(d.closedAt!.getTime() + 20 * 86_400_000),
    }))
    .filter((s) => s.at < input.now);
  return {
    users: [
      { id: MANAGER.id, name: MANAGER.name, role: "manager", managerId: null, timezone: input.timezone },
      ...REPS.map((r) => ({
        id: r.id,
        name: r.name,
        role: "rep" as const,
        managerId: MANAGER.id,
        timezone: input.timezone,
      })),
    ],
    accounts: ACCOUNTS,
    accountOwners,
    deals,
    quotas,
    nps: npsScores,
    currency: input.currency,
  };
}
