import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS, FORECAST_CALL_FORM, VIEWS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { seedDeal } from "../support/seed.js";
import { appHomeOpened, blockActions, viewSubmission } from "../support/slack-requests.js";
import { plainTextValue, staticSelectValue } from "../support/slack-view-state.js";

// The managers' section of App Home: the same roll-up as /deal forecast team (per rep won,
// commit, best case, target) and the manager's own call, recorded from a button and form.

const NOW = "2026-11-26T10:00:00Z"; // Thursday 26 Nov 2026
let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({ clock: new FakeClock(NOW), env: { DEALBOT_CURRENCY: "EUR" } });
  t.slack.addUser({ id: "UANN01", realName: "Ann Rep", tz: "Europe/Helsinki" });
  t.slack.addUser({ id: "UBOB01", realName: "Bob Rep", tz: "Europe/Helsinki" });
  t.slack.addUser({ id: "UMGR01", realName: "Meg Manager", tz: "Europe/Helsinki" });
  drive = dealDriver(t);
  await t.db.user.create({ data: { id: "UMGR01", name: "Meg Manager", role: "manager" } });
  await t.db.user.create({ data: { id: "UANN01", name: "Ann Rep", managerId: "UMGR01" } });
  await t.db.user.create({ data: { id: "UBOB01", name: "Bob Rep", managerId: "UMGR01" } });
});
afterEach(async () => {
  await t.close();
});

/** The last Home tab published for `userId`. */
async function homeOf(userId: string) {
  const mine = () =>
    t.slack.callsTo("views.publish").filter((c) => c.body.user_id === userId && c.outcome !== "pending");
  const before = mine().length;
  await t.send(appHomeOpened({ userId }));
  for (let i = 0; i < 200 && mine().length <= before; i++) await new Promise((r) => setTimeout(r, 25));
  return mine().at(-1)?.body.view;
}

describe("App Home for managers: the team's forecast and the manager's call", () => {
  it("shows the same figures as /deal forecast team, and records the call from the form", async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close 2026-11-30 forecast commit");
    await drive.command("UBOB01", "new Globex amount 20k stage negotiation close 2026-12-15");
    await drive.command("UBOB01", "new Initech amount 5k stage lead close 2026-11-27");
    // Targets: Ann €25,000 and Bob €15,000 for November; the team's is their sum.
    await t.db.quota.createMany({
      data: [
        { subject: "UANN01", userId: "UANN01", period: "2026-11", amountMinor: 2_500_000n, currency: "EUR" },
        { subject: "UBOB01", userId: "UBOB01", period: "2026-11", amountMinor: 1_500_000n, currency: "EUR" },
      ],
    });

    const home = textOf(await homeOf("UMGR01"));
    // By hand: November — Ann's Acme in Commit (€12,000); Globex closes in December; Initech
    // is a Lead (Pipeline). Q4 adds Globex, Best case by default (Negotiation, 75%).
    expect(home).toContain("Your team's forecast");
    expect(home).toContain(
      "*November 2026* · team: won €0 · commit €12,000 · best case €12,000 · target €40,000",
    );
    expect(home).toContain("<@UANN01>: won €0 · commit €12,000 · best case €12,000 · target €25,000");
    expect(home).toContain("*2026 Q4* · team: won €0 · commit €12,000 · best case €32,000");
    expect(home).toContain("<@UBOB01>: won €0 · commit €0 · best case €20,000");
    expect(home).toContain("Your call: not recorded yet.");

    const view = await homeOf("UMGR01");
    const button = findButton(view, ACTIONS.homeForecastCall);
    expect(button).toBeDefined();
    await t.send(
      blockActions({
        userId: "UMGR01",
        actions: [{ actionId: ACTIONS.homeForecastCall }],
        view: { callbackId: "", type: "home" },
      }),
    );
    const [open] = await t.slack.waitFor("views.open");
    const modal = open?.body.view as { callback_id: string };
    expect(modal.callback_id).toBe(VIEWS.forecastCall);

    const submit = (amount: string, period: string, userId = "UMGR01") =>
      t.send(
        viewSubmission({
          userId,
          callbackId: VIEWS.forecastCall,
          values: {
            [FORECAST_CALL_FORM.amount]: { value: plainTextValue(amount) },
            [FORECAST_CALL_FORM.period]: { value: staticSelectValue(period) },
          },
        }),
      );
    const bad = await submit("lots", "month");
    expect(bad.json).toMatchObject({ response_action: "errors" });
    expect(await t.db.forecastCall.count()).toBe(0);
    const dollars = await submit("$30k", "month");
    expect(JSON.stringify(dollars.json)).toContain("Record the call in the team currency, EUR.");

    const ok = await submit("30k", "quarter");
    expect(ok.json).toEqual({ response_action: "clear" });
    expect(
      await t.db.forecastCall.findMany({ select: { subject: true, period: true, amountMinor: true } }),
    ).toEqual([{ subject: "UMGR01", period: "2026-Q4", amountMinor: 3_000_000n }]);
    const after = textOf(await homeOf("UMGR01"));
    expect(after).toContain("Your call: *€30,000* (Thu 26 Nov 2026)");
    // The same call as the command shows.
    expect(textOf((await drive.command("UMGR01", "forecast team")).reply)).toContain("Your call: *€30,000*");
  });

  it("reps see no team forecast and may not record a call", async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close 2026-11-30");
    const home = textOf(await homeOf("UANN01"));
    expect(home).not.toContain("Your team's forecast");
    const result = await t.send(
      viewSubmission({
        userId: "UANN01",
        callbackId: VIEWS.forecastCall,
        values: {
          [FORECAST_CALL_FORM.amount]: { value: plainTextValue("30k") },
          [FORECAST_CALL_FORM.period]: { value: staticSelectValue("month") },
        },
      }),
    );
    expect(JSON.stringify(result.json)).toContain("Forecast calls are for managers");
    expect(await t.db.forecastCall.count()).toBe(0);
  });
});

describe("App Home: a person's open deals", () => {
  it("counts the open deals beyond those listed, in every currency, and not the closed ones", async () => {
    const now = new Date(NOW);
    for (let i = 0; i < 45; i++)
      await seedDeal(t.db, { ownerId: "UANN01", name: `Deal ${i}`, staleDays: 0, now });
    await t.db.deal.updateMany({
      where: { name: { in: ["Deal 1", "Deal 2", "Deal 3"] } },
      data: { currency: "USD" },
    });
    await t.db.deal.updateMany({ where: { name: { in: ["Deal 4", "Deal 5"] } }, data: { status: "won" } });
    // 43 open deals, 40 listed.
    expect(textOf(await homeOf("UANN01"))).toContain("…and 3 more open deals");
  });
});
