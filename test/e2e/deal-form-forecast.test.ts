import { afterEach, describe, expect, it } from "vitest";
import { weeklyNudges } from "../../src/jobs/weekly-nudges.js";
import { DEAL_FORM, NUDGE_ACTIONS, VALUE, VIEWS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";
import { blockActions, viewSubmission } from "../support/slack-requests.js";
import {
  datePickerValue,
  plainTextValue,
  staticSelectValue,
  userSelectValue,
  type ViewState,
} from "../support/slack-view-state.js";

// The forecast category in the deal forms: prefilled with the deal's own category, else
// its stage's default; left as shown it keeps the deal's setting; changed, it is saved.
// The weekly nudge's "Update…" opens the same form, so a rep changes it from there too.

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

async function boot(start = "2026-11-26T10:00:00Z") {
  const t = await bootApp({ clock: new FakeClock(start), jobs: [weeklyNudges] });
  apps.push(t);
  t.slack.addUser({ id: "UANN01", realName: "Ann Rep", tz: "Europe/Helsinki" });
  await t.db.user.create({ data: { id: "UANN01", name: "Ann Rep" } });
  return t;
}

const stageId = async (t: TestApp, key: string) =>
  String((await t.db.stage.findUniqueOrThrow({ where: { key } })).id);

async function form(t: TestApp, stage: string, category: string | null): Promise<ViewState> {
  const values: Record<string, ViewState[string][string]> = {
    [DEAL_FORM.name]: plainTextValue("Initech renewal"),
    [DEAL_FORM.account]: plainTextValue("Initech"),
    [DEAL_FORM.amount]: plainTextValue("25k"),
    [DEAL_FORM.currency]: plainTextValue("EUR"),
    [DEAL_FORM.stage]: staticSelectValue(await stageId(t, stage)),
    [DEAL_FORM.close]: datePickerValue("2026-12-18"),
    [DEAL_FORM.next]: plainTextValue(null),
    [DEAL_FORM.nextDue]: datePickerValue(null),
    [DEAL_FORM.owner]: userSelectValue("UANN01"),
    [DEAL_FORM.probability]: plainTextValue(null),
    [DEAL_FORM.lossReason]: staticSelectValue(null),
    [DEAL_FORM.forecast]: staticSelectValue(category),
  };
  return Object.fromEntries(Object.entries(values).map(([block, value]) => [block, { [VALUE]: value! }]));
}

interface Modal {
  private_metadata: string;
  blocks: { block_id?: string; element?: { initial_option?: { value: string }; options?: unknown[] } }[];
}
const categoryBlock = (modal: unknown) =>
  (modal as Modal).blocks.find((b) => b.block_id === DEAL_FORM.forecast);

describe("forecast category in the deal forms", () => {
  it("the new-deal form offers the four categories and saves the one picked", async () => {
    const t = await boot();
    const drive = dealDriver(t);
    const opened = await drive.command("UANN01", "new Initech");
    const block = categoryBlock(opened.modal);
    expect(block?.element?.options).toHaveLength(4);
    expect(textOf(block)).toContain("Best case");
    expect(textOf(block)).toContain("Omitted");
    const metadata = (opened.modal as unknown as Modal).private_metadata;
    const result = await drive.submit("UANN01", VIEWS.create, await form(t, "qualified", "commit"), metadata);
    expect(result.body).toEqual({ response_action: "clear" });
    expect((await t.db.deal.findFirstOrThrow()).forecastCategory).toBe("commit");
  });

  it("prefills the update form with the stage's default and, left as shown, keeps following the stage", async () => {
    const t = await boot();
    const drive = dealDriver(t);
    // The team set Negotiation's default to Commit in /deal admin.
    await t.db.stage.update({ where: { key: "negotiation" }, data: { forecastCategory: "commit" } });
    await drive.command("UANN01", "new Initech renewal amount 25k stage negotiation close 2026-12-18");
    const opened = await drive.command("UANN01", "update initech");
    expect(categoryBlock(opened.modal)?.element?.initial_option?.value).toBe("commit");
    const metadata = (opened.modal as unknown as Modal).private_metadata;
    await drive.submit("UANN01", VIEWS.update, await form(t, "negotiation", "commit"), metadata);
    // Unchanged: no category of its own, so it still follows the stage's default.
    expect((await t.db.deal.findFirstOrThrow()).forecastCategory).toBeNull();

    const again = await drive.command("UANN01", "update initech");
    await drive.submit(
      "UANN01",
      VIEWS.update,
      await form(t, "negotiation", "omit"),
      (again.modal as unknown as Modal).private_metadata,
    );
    expect((await t.db.deal.findFirstOrThrow()).forecastCategory).toBe("omit");
    const [, , confirmation] = await t.slack.waitForResponses({ count: 3 });
    expect(textOf(confirmation?.body)).toContain("Omitted");
    const third = await drive.command("UANN01", "update initech");
    expect(categoryBlock(third.modal)?.element?.initial_option?.value).toBe("omit");
  });

  it("without a team default, a 75% stage shows Best case and a 20% stage Pipeline", async () => {
    const t = await boot();
    const drive = dealDriver(t);
    await drive.command("UANN01", "new Big one amount 25k stage negotiation close 2026-12-18");
    await drive.command("UANN01", "new Small one amount 5k stage qualified close 2026-12-18");
    const big = await drive.command("UANN01", "update big one");
    const small = await drive.command("UANN01", "update small one");
    expect(categoryBlock(big.modal)?.element?.initial_option?.value).toBe("best");
    expect(categoryBlock(small.modal)?.element?.initial_option?.value).toBe("pipeline");
  });

  it("the weekly nudge's Update… opens the form with the category, and the rep's choice is saved", async () => {
    const t = await boot("2026-11-23T09:00:00Z");
    await seedUser(t.db, t.slack, { id: "UREP01", tz: "UTC" });
    await seedDeal(t.db, {
      ownerId: "UREP01",
      name: "Deal 01",
      amount: 1000,
      staleDays: 10,
      now: t.clock.now(),
    });
    await t.app.scheduler.tick();
    const dm = t.slack.callsTo("chat.postMessage").find((c) => c.body.channel === "UREP01");
    const update = findButton(dm?.body.blocks, NUDGE_ACTIONS.update)!;
    await t.send(
      blockActions({
        userId: "UREP01",
        actions: [{ actionId: NUDGE_ACTIONS.update, value: update.value }],
        message: { ts: "1700000000.000100" },
        responseUrl: t.slack.responseUrl(),
      }),
    );
    const [open] = await t.slack.waitFor("views.open");
    const view = open?.body.view as Modal & { callback_id: string };
    expect(categoryBlock(view)?.element?.options).toHaveLength(4);
    const deal = await t.db.deal.findFirstOrThrow();
    const values = await form(
      t,
      (await t.db.stage.findUniqueOrThrow({ where: { id: deal.stageId } })).key,
      "commit",
    );
    values[DEAL_FORM.name] = { [VALUE]: plainTextValue(deal.name) };
    values[DEAL_FORM.owner] = { [VALUE]: userSelectValue("UREP01") };
    const result = await t.send(
      viewSubmission({
        userId: "UREP01",
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values,
      }),
    );
    expect(result.json).toEqual({ response_action: "clear" });
    expect((await t.db.deal.findFirstOrThrow()).forecastCategory).toBe("commit");
    const [redrawn] = await t.slack.waitFor("chat.update");
    expect(redrawn).toBeDefined();
  });
});
