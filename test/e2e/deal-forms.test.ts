import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS, DEAL_FORM, VALUE, VIEWS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { blockActions } from "../support/slack-requests.js";
import {
  datePickerValue,
  plainTextValue,
  staticSelectValue,
  userSelectValue,
  type ViewState,
} from "../support/slack-view-state.js";

let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({ clock: new FakeClock("2026-11-26T10:00:00Z") });
  t.slack.addUser({ id: "UANN01", realName: "Ann Rep", tz: "Europe/Helsinki" });
  t.slack.addUser({ id: "UMGR01", realName: "Meg Manager", tz: "Europe/Helsinki" });
  await t.db.user.create({ data: { id: "UMGR01", name: "Meg Manager", role: "manager" } });
  await t.db.user.create({ data: { id: "UANN01", name: "Ann Rep", managerId: "UMGR01" } });
  drive = dealDriver(t);
});
afterEach(async () => {
  await t.close();
});

async function stageId(key: string) {
  return String((await t.db.stage.findUniqueOrThrow({ where: { key } })).id);
}

/** A filled-in deal form, as Slack sends its state. */
async function form(overrides: Partial<Record<string, ViewState[string][string]>> = {}): Promise<ViewState> {
  const values: Record<string, ViewState[string][string]> = {
    [DEAL_FORM.name]: plainTextValue("Initech renewal"),
    [DEAL_FORM.account]: plainTextValue("Initech"),
    [DEAL_FORM.amount]: plainTextValue("25k"),
    [DEAL_FORM.currency]: plainTextValue("EUR"),
    [DEAL_FORM.stage]: staticSelectValue(await stageId("qualified")),
    [DEAL_FORM.close]: datePickerValue("2026-12-18"),
    [DEAL_FORM.next]: plainTextValue("Demo for the CFO"),
    [DEAL_FORM.nextDue]: datePickerValue("2026-12-01"),
    [DEAL_FORM.owner]: userSelectValue("UANN01"),
    [DEAL_FORM.probability]: plainTextValue(null),
    [DEAL_FORM.lossReason]: staticSelectValue(null),
    ...overrides,
  };
  return Object.fromEntries(Object.entries(values).map(([block, value]) => [block, { [VALUE]: value! }]));
}

describe("the create form", () => {
  it("saves a valid form and confirms through the command's response URL", async () => {
    const opened = await drive.command("UANN01", "new Initech");
    const metadata = String((opened.modal as { private_metadata: string }).private_metadata);
    const result = await drive.submit("UANN01", VIEWS.create, await form(), metadata);
    expect(result.body).toEqual({ response_action: "clear" });
    const deal = await t.db.deal.findFirstOrThrow({ include: { account: true, stage: true } });
    expect(deal).toMatchObject({
      name: "Initech renewal",
      amountMinor: 2_500_000n,
      closeOn: "2026-12-18",
      nextStep: "Demo for the CFO",
      nextStepDue: "2026-12-01",
      probability: null,
    });
    expect(deal.account?.name).toBe("Initech");
    expect(deal.stage.key).toBe("qualified");
    expect((await t.db.dealEvent.findFirstOrThrow()).source).toBe("modal");
    const [confirmation] = await t.slack.waitForResponses();
    expect(textOf(confirmation?.body)).toContain("Created");
  });

  it("shows every problem inline on its field and saves nothing", async () => {
    const result = await drive.submit(
      "UANN01",
      VIEWS.create,
      await form({
        [DEAL_FORM.name]: plainTextValue(null),
        [DEAL_FORM.amount]: plainTextValue("12x"),
        [DEAL_FORM.currency]: plainTextValue("EURO"),
        [DEAL_FORM.probability]: plainTextValue("150"),
        [DEAL_FORM.close]: datePickerValue(null),
      }),
      "{}",
    );
    expect(result.body.response_action).toBe("errors");
    expect(Object.keys(result.body.errors ?? {}).sort()).toEqual(
      [DEAL_FORM.name, DEAL_FORM.currency, DEAL_FORM.probability, DEAL_FORM.close, DEAL_FORM.amount].sort(),
    );
    expect(await t.db.deal.count()).toBe(0);
  });

  it.each([
    [
      "a close date in the past",
      { [DEAL_FORM.close]: datePickerValue("2026-11-01") },
      DEAL_FORM.close,
      "in the past",
    ],
    ["lost without a reason", { [DEAL_FORM.stage]: "lost" }, DEAL_FORM.lossReason, "loss reason"],
    [
      "an amount in another currency",
      { [DEAL_FORM.amount]: plainTextValue("$5,000") },
      DEAL_FORM.amount,
      "USD",
    ],
  ])("refuses %s on the right field", async (_name, override, block, message) => {
    const values =
      override[DEAL_FORM.stage as keyof typeof override] === "lost"
        ? await form({ [DEAL_FORM.stage]: staticSelectValue(await stageId("lost")) })
        : await form(override as Parameters<typeof form>[0]);
    const result = await drive.submit("UANN01", VIEWS.create, values, "{}");
    expect(result.body.response_action).toBe("errors");
    expect(result.body.errors?.[block]).toContain(message);
    expect(await t.db.deal.count()).toBe(0);
  });

  it("refuses creating a deal for someone outside the rep's team", async () => {
    const result = await drive.submit(
      "UANN01",
      VIEWS.create,
      await form({ [DEAL_FORM.owner]: userSelectValue("UMGR01") }),
      "{}",
    );
    expect(result.body.errors?.[DEAL_FORM.owner]).toContain("not on your team");
    expect(await t.db.deal.count()).toBe(0);
  });

  it("keeps the form open with a clear message when Dealbot itself fails", async () => {
    const values = await form();
    // Writing the event log fails: the deal insert in the same transaction must roll back too.
    await t.db.$executeRawUnsafe(`ALTER TABLE "DealEvent" RENAME TO "DealEventGone"`);
    const result = await drive.submit("UANN01", VIEWS.create, values, "{}");
    expect(result.status).toBe(200);
    expect(result.body.response_action).toBe("errors");
    expect(result.body.errors?.[DEAL_FORM.name]).toContain("nothing was saved");
    expect(await t.db.deal.count()).toBe(0);
  });

  it("tells the user, with a reference, when the work after the form closed fails", async () => {
    // The deal is saved and the form closed; then the confirmation DM fails.
    t.slack.on("chat.postMessage", { error: "fatal_error", times: 1 });
    const result = await drive.submit("UANN01", VIEWS.create, await form(), "{}");
    expect(result.body).toEqual({ response_action: "clear" });
    const [, told] = await t.slack.waitFor("chat.postMessage", { count: 2 });
    expect(told?.body.channel).toBe("UANN01");
    expect(String(told?.body.text)).toMatch(/may not have been fully applied.*\(reference [0-9a-f]{6}\)/);
    expect(await t.db.deal.count()).toBe(1);
  });

  it("saves once when the same form is submitted twice", async () => {
    const values = await form();
    await Promise.all([
      drive.submit("UANN01", VIEWS.create, values, "{}", "V_SAME"),
      drive.submit("UANN01", VIEWS.create, values, "{}", "V_SAME"),
    ]);
    expect(await t.db.deal.count()).toBe(1);
  });
});

describe("the update form", () => {
  beforeEach(async () => {
    await drive.command("UANN01", "new Initech renewal amount 25k stage qualified close 2026-12-18");
  });

  it("opens prefilled from /deal update with no fields, and saves changes with old → new", async () => {
    const opened = await drive.command("UANN01", "update initech");
    const modal = opened.modal as { private_metadata: string; callback_id: string };
    expect(modal.callback_id).toBe(VIEWS.update);
    expect(textOf(modal)).toContain('"initial_value":"25000.00"');
    expect(JSON.parse(modal.private_metadata)).toMatchObject({ dealId: 1, version: 1 });

    const result = await drive.submit(
      "UANN01",
      VIEWS.update,
      await form({ [DEAL_FORM.amount]: plainTextValue("30k") }),
      modal.private_metadata,
    );
    expect(result.body).toEqual({ response_action: "clear" });
    const [, confirmation] = await t.slack.waitForResponses({ count: 2 });
    expect(textOf(confirmation?.body)).toContain("amount: €25,000 → €30,000");
  });

  it("refuses a stale form, naming what changed and who changed it, and saves nothing", async () => {
    const opened = await drive.command("UANN01", "update initech");
    const metadata = (opened.modal as { private_metadata: string }).private_metadata;
    // The manager changes the stage while Ann has the form open.
    await drive.command("UMGR01", "update initech stage proposal");
    const result = await drive.submit(
      "UANN01",
      VIEWS.update,
      await form({ [DEAL_FORM.amount]: plainTextValue("99k") }),
      metadata,
    );
    expect(result.body.response_action).toBe("errors");
    expect(result.body.errors?.[DEAL_FORM.stage]).toContain("Changed by Meg Manager while you were editing");
    expect(result.body.errors?.[DEAL_FORM.stage]).toContain("Qualified → Proposal");
    const deal = await t.db.deal.findFirstOrThrow();
    expect(deal.amountMinor).toBe(2_500_000n);
  });

  it("of two people saving at once, takes one and refuses the other", async () => {
    const opened = await drive.command("UANN01", "update initech");
    const metadata = (opened.modal as { private_metadata: string }).private_metadata;
    const results = await Promise.all([
      drive.submit(
        "UANN01",
        VIEWS.update,
        await form({ [DEAL_FORM.amount]: plainTextValue("31k") }),
        metadata,
        "V_ANN",
      ),
      drive.submit(
        "UMGR01",
        VIEWS.update,
        await form({ [DEAL_FORM.amount]: plainTextValue("32k") }),
        metadata,
        "V_MEG",
      ),
    ]);
    expect(results.map((r) => r.body.response_action).sort()).toEqual(["clear", "errors"]);
    expect(await t.db.dealEvent.count({ where: { kind: "updated" } })).toBe(1);
  });

  it("opens from the Update button of the Home tab", async () => {
    const [home] = await t.slack.waitFor("views.publish");
    const update = findButton(home?.body.view, ACTIONS.edit);
    expect(update?.value).toBe("1");
    await t.send(
      blockActions({
        userId: "UANN01",
        actions: [{ actionId: ACTIONS.edit, value: "1" }],
        view: { callbackId: "", type: "home" },
      }),
    );
    const [open] = await t.slack.waitFor("views.open");
    expect(textOf(open?.body.view)).toContain("Update deal #1");
  });
});

describe("the lost picker", () => {
  it("marks the deal lost with the picked reason and note", async () => {
    await drive.command("UANN01", "new Initech amount 25k close 2026-12-18");
    const opened = await drive.command("UANN01", "lost initech");
    const metadata = (opened.modal as { private_metadata: string }).private_metadata;
    const reason = await t.db.lossReason.findUniqueOrThrow({ where: { key: "competitor" } });
    const empty = await drive.submit(
      "UANN01",
      VIEWS.lost,
      { [DEAL_FORM.lossReason]: { [VALUE]: staticSelectValue(null) } },
      metadata,
    );
    expect(empty.body.errors?.[DEAL_FORM.lossReason]).toContain("Pick the reason");
    const result = await drive.submit(
      "UANN01",
      VIEWS.lost,
      {
        [DEAL_FORM.lossReason]: { [VALUE]: staticSelectValue(String(reason.id)) },
        [DEAL_FORM.lossNote]: { [VALUE]: plainTextValue("Picked Globex") },
      },
      metadata,
    );
    expect(result.body).toEqual({ response_action: "clear" });
    expect(await t.db.deal.findFirstOrThrow()).toMatchObject({
      status: "lost",
      lossReasonId: reason.id,
      lossNote: "Picked Globex",
    });
  });
});
