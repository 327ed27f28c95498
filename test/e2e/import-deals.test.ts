import { afterEach, describe, expect, it } from "vitest";
import { importDealEvents } from "../../src/domain/import/import-deal-events.js";
import { importDeals } from "../../src/domain/import/import-deals.js";
import { describeRefusal } from "../../src/domain/import/report.js";
import { withDirectory } from "../../src/notify/directory.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { csvStream } from "../support/import.js";

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

async function boot() {
  const t = await bootApp({ clock: new FakeClock("2026-11-23T08:00:00Z") });
  apps.push(t);
  t.slack.addUser({
    id: "UMARIA01",
    realName: "Maria Lopez",
    tz: "Europe/Helsinki",
    email: "maria@sales.example",
  });
  t.slack.addUser({
    id: "UJAN0001",
    realName: "Jan Kowalski",
    tz: "Europe/Warsaw",
    email: "jan@sales.example",
  });
  return t;
}

const run = (t: TestApp, csv: string, options: Partial<Parameters<typeof importDeals>[1]> = {}) =>
  importDeals(withDirectory(t.app.services), { file: csvStream(csv), ...options });

const deals = (t: TestApp) =>
  t.db.deal.findMany({
    orderBy: { sourceId: "asc" },
    select: {
      sourceId: true,
      name: true,
      account: { select: { name: true, segment: true } },
      ownerId: true,
      amountMinor: true,
      currency: true,
      stage: { select: { key: true } },
      status: true,
      closeOn: true,
      closedAt: true,
    },
  });

const CANONICAL = [
  "id,name,account,owner,amount,currency,stage,close_date,created_at,closed_at,loss_reason,segment",
  "D1,Acme renewal,Acme,UMARIA01,12k,EUR,Proposal,2026-12-15,2026-10-01,,,Enterprise",
  'D2,Beta pilot,Beta,jan@sales.example,"12,500.50",USD,qualified,2027-01-31,2026-11-02,,,',
  "D3,Gamma,Gamma,maria@sales.example,3000,EUR,Won,2026-11-10,2026-09-01,2026-11-10 14:00,,SMB",
  "D4,Delta,Delta,UJAN0001,€800,,Lost,2026-11-12,2026-08-01,2026-11-12,Price too high,",
].join("\n");

describe("import deals", () => {
  it("imports canonical rows with their history in the event log; a re-import adds nothing", async () => {
    const t = await boot();
    const first = await run(t, CANONICAL);
    expect(first.refused.map(describeRefusal)).toEqual([]);
    expect([first.created, first.updated, first.unchanged]).toEqual([4, 0, 0]);
    const rows = await deals(t);
    expect(
      rows.map((d) => [d.sourceId, d.ownerId, d.amountMinor, d.currency, d.stage.key, d.status]),
    ).toEqual([
      ["D1", "UMARIA01", 1_200_000n, "EUR", "proposal", "open"],
      ["D2", "UJAN0001", 1_250_050n, "USD", "qualified", "open"],
      ["D3", "UMARIA01", 300_000n, "EUR", "won", "won"],
      ["D4", "UJAN0001", 80_000n, "EUR", "lost", "lost"],
    ]);
    expect(rows[0]?.account).toEqual({ name: "Acme", segment: "Enterprise" });
    // 14:00 in the team's timezone (UTC by default).
    expect(rows[2]?.closedAt?.toISOString()).toBe("2026-11-10T14:00:00.000Z");
    const events = await t.db.dealEvent.findMany({ select: { source: true, kind: true, at: true } });
    expect(new Set(events.map((e) => e.source))).toEqual(new Set(["import"]));
    expect(events.filter((e) => e.kind === "created")).toHaveLength(4);
    expect(events.filter((e) => e.kind === "won" || e.kind === "lost")).toHaveLength(2);
    const lost = await t.db.deal.findFirst({ where: { sourceId: "D4" }, select: { lossReason: true } });
    expect(lost?.lossReason?.key).toBe("price");

    const again = await run(t, CANONICAL);
    expect([again.created, again.updated, again.unchanged, again.refusedCount]).toEqual([0, 0, 4, 0]);
    expect(await t.db.deal.count()).toBe(4);
    expect(await t.db.dealEvent.count()).toBe(events.length);
    expect(await t.db.account.count()).toBe(4);
  });

  it("a changed row updates its deal and logs the change with source import", async () => {
    const t = await boot();
    await run(t, CANONICAL);
    const changed = CANONICAL.replace(
      "D1,Acme renewal,Acme,UMARIA01,12k,EUR,Proposal",
      "D1,Acme renewal,Acme,UMARIA01,15k,EUR,Won",
    );
    const report = await run(t, changed);
    expect([report.created, report.updated, report.unchanged]).toEqual([0, 1, 3]);
    const deal = await t.db.deal.findFirstOrThrow({
      where: { sourceId: "D1" },
      select: { id: true, status: true, amountMinor: true, version: true },
    });
    expect(deal).toMatchObject({ status: "won", amountMinor: 1_500_000n, version: 2 });
    const last = await t.db.dealEvent.findFirstOrThrow({
      where: { dealId: deal.id },
      orderBy: { id: "desc" },
    });
    expect(last).toMatchObject({ source: "import", kind: "won", dealVersion: 2 });
    expect(JSON.parse(last.changes).amountMinor).toEqual({ from: "1200000", to: "1500000" });
  });

  it("refuses each bad row with its line and column, imports the good ones, and never half-imports a row", async () => {
    const t = await boot();
    const csv = [
      "id,name,account,owner,amount,stage,close_date",
      "G1,Good one,Acme,UMARIA01,1000,Lead,2027-01-01",
      "B1,Bad stage,Acme,UMARIA01,1000,Pondering,2027-01-01",
      "B2,Bad amount,Acme,UMARIA01,twelve,Lead,2027-01-01",
      "B3,Unknown owner,Acme,nobody@nowhere.example,1000,Lead,2027-01-01",
      "B4,Bad date,Acme,UMARIA01,1000,Lead,2027-02-30",
      "B5,,NoName Inc,UMARIA01,1000,Lead,2027-01-01",
      "G2,Good two,Beta,UJAN0001,2k,Proposal,2027-02-01",
    ].join("\n");
    const report = await run(t, csv);
    const lines = report.refused.map(describeRefusal);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^line 3: stage: stage "Pondering" is not one of the team's stages/);
    expect(lines[1]).toMatch(/^line 4: amount: Amount "twelve" is not a number/);
    expect(lines[2]).toMatch(/^line 5: owner: no Slack user has the email nobody@nowhere.example/);
    expect(lines[3]).toMatch(/^line 6: close_date: "2027-02-30" is not a real date/);
    expect(lines[4]).toMatch(/^line 7: name: the name is empty/);
    expect([report.created, report.refusedCount]).toEqual([2, 5]);
    expect((await deals(t)).map((d) => d.sourceId)).toEqual(["G1", "G2"]);
    // A refused row leaves nothing behind: not its account either.
    expect(await t.db.account.findFirst({ where: { name: "NoName Inc" } })).toBeNull();
  });

  it("reads a file with a BOM, ; separators, quoted separators and line breaks, and Windows line ends", async () => {
    const t = await boot();
    const csv = `\uFEFF${[
      "Id;Name;Account;Owner;Amount;Currency;Stage;Close date",
      'F1;"Kowalski; Jan & Co";"Acme, Oy";UMARIA01;"12 500,50";EUR;Proposal;30.12.2026',
      'F2;"Two\r\nline deal";Beta;UJAN0001;1,5k;EUR;Lead;2027-01-15',
      "F3;Broken;Beta;UJAN0001;1000;EUR;Nowhere;2027-01-15",
    ].join("\r\n")}\r\n`;
    const report = await run(t, csv);
    // Line numbers count the line break inside the quoted name.
    expect(report.refused.map(describeRefusal)).toEqual([
      expect.stringMatching(/^line 5: Stage: stage "Nowhere"/),
    ]);
    const rows = await deals(t);
    expect(rows.map((d) => [d.sourceId, d.name, d.account?.name, d.amountMinor, d.closeOn])).toEqual([
      ["F1", "Kowalski; Jan & Co", "Acme, Oy", 1_250_050n, "2026-12-30"],
      ["F2", "Two\nline deal", "Beta", 150_000n, "2027-01-15"],
    ]);
  });

  it("reads Pipedrive, HubSpot and Salesforce exports as they are, with --stage-map for their stages", async () => {
    const t = await boot();
    const pipedrive = [
      "Deal - ID,Deal - Title,Deal - Organization,Deal - Value,Deal - Currency,Deal - Stage,Deal - Expected close date,Deal - Owner,Deal - Deal created,Deal - Won time,Deal - Lost time,Deal - Lost reason,Deal - Status",
      "101,Acme expansion,Acme,5000,EUR,Proposal Made,2026-12-20,maria@sales.example,2026-10-01 09:00:00,,,,open",
      "102,Beta deal,Beta,7000,EUR,Negotiations Started,2026-11-20,Jan Kowalski,2026-09-01 09:00:00,2026-11-18 10:00:00,,,won",
      "103,Gamma deal,Gamma,900,EUR,Qualified,2026-11-25,jan@sales.example,2026-09-01 09:00:00,,2026-11-19 10:00:00,Went elsewhere,lost",
    ].join("\n");
    await t.db.user.upsert({
      where: { id: "UJAN0001" },
      create: { id: "UJAN0001", name: "Jan Kowalski" },
      update: {},
    });
    const p = await run(t, pipedrive, { stageMap: "Proposal Made=Proposal" });
    expect(p.refused.map(describeRefusal)).toEqual([]);
    const hubspot = [
      "Record ID,Deal Name,Amount,Deal Stage,Close Date,Create Date,Deal owner,Associated Company",
      "H1,Hub deal,2500,Appointment scheduled,2027-01-10,2026-11-01 10:00,jan@sales.example,Hubco",
      "H2,Hub won,1200,Closed won,2026-11-15,2026-10-01 10:00,jan@sales.example,Hubco",
    ].join("\n");
    const h = await run(t, hubspot, { stageMap: "Appointment scheduled=Qualified" });
    expect(h.refused.map(describeRefusal)).toEqual([]);
    const salesforce = [
      "Opportunity ID,Opportunity Name,Account Name,Amount,Stage,Close Date,Created Date,Opportunity Owner",
      '006A,SF deal,Forceco,"$4,000.00",Negotiation/Review,12/31/2026,10/15/2026,maria@sales.example',
    ].join("\n");
    const s = await run(t, salesforce, { stageMap: "Negotiation/Review=Negotiation", dateOrder: "mdy" });
    expect(s.refused.map(describeRefusal)).toEqual([]);
    const rows = await deals(t);
    expect(
      rows.map((d) => [
        d.sourceId,
        d.name,
        d.account?.name,
        d.ownerId,
        d.stage.key,
        d.amountMinor,
        d.currency,
        d.closeOn,
      ]),
    ).toEqual([
      ["006A", "SF deal", "Forceco", "UMARIA01", "negotiation", 400_000n, "USD", "2026-12-31"],
      ["101", "Acme expansion", "Acme", "UMARIA01", "proposal", 500_000n, "EUR", "2026-12-20"],
      ["102", "Beta deal", "Beta", "UJAN0001", "won", 700_000n, "EUR", "2026-11-20"],
      ["103", "Gamma deal", "Gamma", "UJAN0001", "lost", 90_000n, "EUR", "2026-11-25"],
      ["H1", "Hub deal", "Hubco", "UJAN0001", "qualified", 250_000n, "EUR", "2027-01-10"],
      ["H2", "Hub won", "Hubco", "UJAN0001", "won", 120_000n, "EUR", "2026-11-15"],
    ]);
    const gamma = await t.db.deal.findFirstOrThrow({
      where: { sourceId: "103" },
      select: { lossNote: true, lossReason: true, closedAt: true },
    });
    expect(gamma.lossNote).toBe("Went elsewhere");
    expect(gamma.lossReason?.key).toBe("other");
    expect(gamma.closedAt?.toISOString()).toBe("2026-11-19T10:00:00.000Z");
  });

  it("refuses a slash date whose order cannot be told, unless --date-order says", async () => {
    const t = await boot();
    const csv = ["id,name,owner,stage,close_date", "A1,Ambiguous,UMARIA01,Lead,03/04/2027"].join("\n");
    const refused = await run(t, csv, { dryRun: true });
    expect(refused.refused.map(describeRefusal)).toEqual([
      expect.stringMatching(/^line 2: close_date: "03\/04\/2027" could be 3 April or 4 March/),
    ]);
    await run(t, csv, { dateOrder: "dmy" });
    expect((await deals(t))[0]?.closeOn).toBe("2027-04-03");
  });

  it("--dry-run reports the same and writes nothing", async () => {
    const t = await boot();
    const report = await run(t, `${CANONICAL}\nD5,,X,UMARIA01,1,Lead,2027-01-01`, { dryRun: true });
    expect([report.created, report.refusedCount]).toEqual([4, 1]);
    expect(await t.db.deal.count()).toBe(0);
    expect(await t.db.account.count()).toBe(0);
    expect(await t.db.user.count({ where: { id: { in: ["UMARIA01", "UJAN0001"] } } })).toBe(0);
  });

  it("--events adds each stage a deal entered, at its time, once", async () => {
    const t = await boot();
    await run(t, CANONICAL);
    const history = [
      "id,at,stage",
      "D1,2026-10-05,Qualified",
      "D1,2026-10-20T10:00:00Z,Proposal",
      "D9,2026-10-05,Lead",
      "D1,2026-10-21,Maybe",
    ].join("\n");
    const report = await importDealEvents(t.app.services, { file: csvStream(history) });
    // Unknown ids are found per batch, after the row checks: sort by line.
    const refused = [...report.refused].sort((a, b) => a.line - b.line);
    expect(refused.map(describeRefusal)).toEqual([
      'line 4: id: no imported deal has the id "D9"',
      expect.stringMatching(/^line 5: stage: stage "Maybe"/),
    ]);
    expect(report.created).toBe(2);
    const again = await importDealEvents(t.app.services, { file: csvStream(history) });
    expect([again.created, again.unchanged]).toEqual([0, 2]);
    const d1 = await t.db.deal.findFirstOrThrow({ where: { sourceId: "D1" }, select: { id: true } });
    const stages = await t.db.dealEvent.findMany({
      where: { dealId: d1.id },
      orderBy: { at: "asc" },
      select: { at: true, source: true, toStageId: true },
    });
    const proposal = await t.db.stage.findUniqueOrThrow({ where: { key: "proposal" } });
    const qualified = await t.db.stage.findUniqueOrThrow({ where: { key: "qualified" } });
    expect(stages.map((e) => [e.at.toISOString(), e.source, e.toStageId])).toEqual([
      ["2026-10-01T00:00:00.000Z", "import", proposal.id],
      ["2026-10-05T00:00:00.000Z", "import", qualified.id],
      ["2026-10-20T10:00:00.000Z", "import", proposal.id],
    ]);
  });
});
