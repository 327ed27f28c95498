import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS, LOG_FORM, VALUE, VIEWS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";
import { blockActions } from "../support/slack-requests.js";
import {
  plainTextValue,
  type StateValue,
  staticSelectValue,
  type ViewState,
} from "../support/slack-view-state.js";

// Thursday 26 Nov 2026.
const NOW = "2026-11-26T10:00:00Z";
let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({ clock: new FakeClock(NOW) });
  drive = dealDriver(t);
  await seedUser(t.db, t.slack, { id: "UANN01", name: "Ann Rep", tz: "UTC" });
  await seedUser(t.db, t.slack, { id: "UBOB01", name: "Bob Rep", tz: "UTC" });
});
afterEach(async () => {
  await t.close();
});

/** A radio button choice as Slack sends it in view_submission state. */
const radio = (value: string | null) =>
  ({
    type: "radio_buttons",
    selected_option: value === null ? null : { text: { type: "plain_text", text: value }, value },
  }) as unknown as StateValue;

const logForm = (values: {
  deal?: string | null;
  type: string | null;
  direction?: string | null;
  note?: string | null;
}): ViewState => ({
  ...(values.deal !== undefined ? { [LOG_FORM.deal]: { [VALUE]: staticSelectValue(values.deal) } } : {}),
  [LOG_FORM.type]: { [VALUE]: radio(values.type) },
  [LOG_FORM.direction]: { [VALUE]: radio(values.direction ?? null) },
  [LOG_FORM.note]: { [VALUE]: plainTextValue(values.note ?? null) },
});

const until = async (probe: () => boolean, ms = 4000) => {
  const end = Date.now() + ms;
  while (!probe() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe("the Log activity button on a deal's reply", () => {
  it("opens the form; a submit logs once (also when replayed), resets staleness and confirms in the reply", async () => {
    const created = await drive.command("UANN01", "new Acme Group amount 12k close 2026-12-18");
    const deal = await t.db.deal.findFirstOrThrow();
    const button = findButton(created.reply, ACTIONS.logActivity);
    expect(button?.value).toBe(String(deal.id));
    // The deal went quiet 20 days ago.
    const quiet = new Date(Date.parse(NOW) - 20 * 86_400_000);
    await t.db.deal.update({ where: { id: deal.id }, data: { lastActivityAt: quiet } });

    const opened = await drive.click("UANN01", ACTIONS.logActivity, String(deal.id));
    const modal = opened.modal as { callback_id: string; private_metadata: string };
    expect(modal.callback_id).toBe(VIEWS.logActivity);
    expect(textOf(modal)).toContain("Acme Group");
    expect(JSON.parse(modal.private_metadata)).toMatchObject({ dealId: deal.id });

    const values = logForm({ type: "call", direction: "in", note: "asked for <!channel> pricing" });
    const first = await drive.submit("UANN01", VIEWS.logActivity, values, modal.private_metadata, "V_LOG1");
    const replay = await drive.submit("UANN01", VIEWS.logActivity, values, modal.private_metadata, "V_LOG1");
    expect([first.body, replay.body]).toEqual([{ response_action: "clear" }, { response_action: "clear" }]);

    const activities = await t.db.activity.findMany();
    expect(activities).toEqual([
      expect.objectContaining({
        type: "call",
        direction: "in",
        dealId: deal.id,
        userId: "UANN01",
        note: "asked for <!channel> pricing",
      }),
    ]);
    const after = await t.db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(after.lastActivityAt.toISOString()).toBe("2026-11-26T10:00:00.000Z");

    const confirmations = () => t.slack.responses.filter((r) => textOf(r.body).includes("logged on"));
    await until(() => confirmations().length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(confirmations()).toHaveLength(1);
    const said = textOf(confirmations()[0]?.body);
    expect(said).toContain(`Call (incoming) logged on *#${deal.id} Acme Group*`);
    expect(said).toContain("asked for &lt;!channel&gt; pricing");
  });

  it("calls and emails without a direction are outgoing; a meeting has none; the note is optional", async () => {
    const deal = await seedDeal(t.db, {
      ownerId: "UANN01",
      name: "Initech",
      staleDays: 3,
      now: t.clock.now(),
    });
    const metadata = JSON.stringify({ dealId: deal.id });
    await drive.submit("UANN01", VIEWS.logActivity, logForm({ type: "email" }), metadata, "V_A");
    await drive.submit("UANN01", VIEWS.logActivity, logForm({ type: "meeting" }), metadata, "V_B");
    const rows = await t.db.activity.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.type, r.direction, r.note])).toEqual([
      ["email", "out", null],
      ["meeting", null, null],
    ]);
  });

  it("shows what is missing in the form and saves nothing", async () => {
    const deal = await seedDeal(t.db, {
      ownerId: "UANN01",
      name: "Initech",
      staleDays: 3,
      now: t.clock.now(),
    });
    const result = await drive.submit(
      "UANN01",
      VIEWS.logActivity,
      logForm({ type: null }),
      JSON.stringify({ dealId: deal.id }),
    );
    expect(result.body).toEqual({
      response_action: "errors",
      errors: { [LOG_FORM.type]: "Pick what you did." },
    });
    const gone = await drive.submit(
      "UANN01",
      VIEWS.logActivity,
      logForm({ type: "task" }),
      JSON.stringify({ dealId: deal.id + 100 }),
    );
    expect(gone.body.errors?.[LOG_FORM.type]).toContain("This deal no longer exists");
    expect(await t.db.activity.count()).toBe(0);
  });

  it("is on /deal show too", async () => {
    const deal = await seedDeal(t.db, {
      ownerId: "UANN01",
      name: "Initech",
      staleDays: 3,
      now: t.clock.now(),
    });
    const shown = await drive.command("UANN01", `show #${deal.id}`);
    expect(findButton(shown.reply, ACTIONS.logActivity)?.value).toBe(String(deal.id));
  });
});

describe("the Log activity button on the Home tab", () => {
  it("asks which of the person's open deals, in their language, and logs on the one picked", async () => {
    await t.db.user.update({ where: { id: "UANN01" }, data: { language: "fi" } });
    const mine = await seedDeal(t.db, { ownerId: "UANN01", name: "Acme", staleDays: 15, now: t.clock.now() });
    await seedDeal(t.db, { ownerId: "UBOB01", name: "Bobs deal", staleDays: 1, now: t.clock.now() });
    await t.send(
      blockActions({
        userId: "UANN01",
        actions: [{ actionId: ACTIONS.logActivity }],
        view: { callbackId: "", type: "home" },
      }),
    );
    const [open] = await t.slack.waitFor("views.open");
    const view = open?.body.view as { private_metadata: string; title: { text: string } };
    expect(view.title.text).toBe("Kirjaa toimenpide");
    expect(textOf(view)).toContain(`#${mine.id} Acme`);
    expect(textOf(view)).not.toContain("Bobs deal");

    const missing = await drive.submit(
      "UANN01",
      VIEWS.logActivity,
      logForm({ deal: null, type: "demo" }),
      view.private_metadata,
    );
    expect(missing.body.errors).toEqual({ [LOG_FORM.deal]: "Valitse kauppa." });

    const saved = await drive.submit(
      "UANN01",
      VIEWS.logActivity,
      logForm({ deal: String(mine.id), type: "demo" }),
      view.private_metadata,
      "V_HOME",
    );
    expect(saved.body).toEqual({ response_action: "clear" });
    expect(await t.db.activity.count({ where: { dealId: mine.id, type: "demo" } })).toBe(1);
    const touched = await t.db.deal.findUniqueOrThrow({ where: { id: mine.id } });
    expect(touched.lastActivityAt.toISOString()).toBe("2026-11-26T10:00:00.000Z");
    // From the Home tab there is no response URL: the confirmation comes by DM.
    const dm = await t.slack.waitFor("chat.postMessage");
    expect(textOf(dm[0]?.body)).toContain("Demo kirjattu kauppaan");
  });

  it("says how to log when the person has no open deal", async () => {
    await t.send(
      blockActions({
        userId: "UBOB01",
        actions: [{ actionId: ACTIONS.logActivity }],
        view: { callbackId: "", type: "home" },
      }),
    );
    const [dm] = await t.slack.waitFor("chat.postMessage");
    expect(textOf(dm?.body)).toContain("You have no open deals to log activity on");
    expect(t.slack.callsTo("views.open")).toHaveLength(0);
  });
});
