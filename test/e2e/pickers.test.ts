import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, textOf } from "../support/deal-driver.js";
import { bootNps, type NpsTest, OWNER, seedWonAccount } from "../support/nps.js";

// Pickers: a stage or a contact name that fits several gets one button per candidate; the
// click re-runs the command with the one picked, in place of the picker, applied once.

type Button = { action_id: string; value: string; text: { text: string } };

/** Every button with `actionId` (or `actionId:<n>`) in a message, in order. */
function buttons(message: unknown, actionId: string): Button[] {
  const found: Button[] = [];
  JSON.stringify(message, (_key, v) => {
    if (v?.type === "button" && (v.action_id === actionId || v.action_id.startsWith(`${actionId}:`)))
      found.push(v);
    return v;
  });
  return found;
}
const byLabel = (list: Button[], label: string) => list.find((b) => b.text.text === label)!;

describe("a stage that fits several stages", () => {
  let t: TestApp;
  let drive: ReturnType<typeof dealDriver>;
  beforeEach(async () => {
    t = await bootApp({ clock: new FakeClock("2026-11-26T10:00:00Z"), env: { DEALBOT_CURRENCY: "EUR" } });
    t.slack.addUser({ id: "UANN01", realName: "Ann Rep", tz: "Europe/Helsinki" });
    await t.db.user.create({ data: { id: "UANN01", name: "Ann Rep" } });
    // "pro" now starts both "Proposal" and "Proof of concept".
    await t.db.stage.create({
      data: { key: "poc", name: "Proof of concept", position: 25, probability: 40, kind: "open" },
    });
    drive = dealDriver(t);
  });
  afterEach(async () => {
    await t.close();
  });
  const deal = (name: string) => t.db.deal.findFirstOrThrow({ where: { name }, include: { stage: true } });

  it("/deal update: a picker, and a click (twice) moves the deal to the stage picked, once", async () => {
    await drive.command("UANN01", "new Acme amount 5k close 2026-12-18");
    const asked = await drive.command("UANN01", "update acme stage pro amount 6k");
    expect(textOf(asked.reply)).toContain("Stage “pro” could be *Proposal*, *Proof of concept*");
    const choices = buttons(asked.reply, ACTIONS.chooseStage);
    expect(choices.map((b) => b.text.text).sort()).toEqual(["Proof of concept", "Proposal"]);
    // Nothing saved while the user picks.
    expect((await deal("Acme")).stage.key).toBe("lead");

    const poc = byLabel(choices, "Proof of concept");
    const [first, second] = await Promise.all([
      drive.click("UANN01", poc.action_id, poc.value, { messageTs: "1700000000.000300" }),
      drive.click("UANN01", poc.action_id, poc.value, { messageTs: "1700000000.000300" }),
    ]);
    const acme = await deal("Acme");
    expect(acme.stage.key).toBe("poc");
    expect(acme.amountMinor).toBe(600_000n);
    expect(await t.db.dealEvent.count({ where: { dealId: acme.id, kind: { not: "created" } } })).toBe(1);
    // The answer replaces the picker; the repeat says nothing more.
    const answers = [first.reply, second.reply].filter(Boolean);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ replace_original: true });
    expect(textOf(answers[0])).toContain("stage: Lead → Proof of concept");
  });

  it("/deal update on a name that fits several deals: the deal first, then the stage", async () => {
    await drive.command("UANN01", "new Acme Labs amount 3k close 2026-12-18");
    await drive.command("UANN01", "new Acme Corp amount 4k close 2026-12-18");
    const asked = await drive.command("UANN01", "update acme stage pro");
    const corp = buttons(asked.reply, ACTIONS.choose).find((b) => JSON.parse(b.value).dealId === 2)!;
    const picked = await drive.click("UANN01", ACTIONS.choose, corp.value, {
      messageTs: "1700000000.000400",
    });
    const proposal = byLabel(buttons(picked.reply, ACTIONS.chooseStage), "Proposal");
    expect(JSON.parse(proposal.value)).toMatchObject({ stage: "proposal", dealId: 2 });
    await drive.click("UANN01", proposal.action_id, proposal.value, { messageTs: "1700000000.000400" });
    expect((await deal("Acme Corp")).stage.key).toBe("proposal");
    expect((await deal("Acme Labs")).stage.key).toBe("lead");
  });

  it("/deal new: a picker, and a double click creates the deal once, in the stage picked", async () => {
    const asked = await drive.command("UANN01", "new Beta amount 5k close 2026-12-18 stage pro");
    expect(await t.db.deal.count()).toBe(0);
    const proposal = byLabel(buttons(asked.reply, ACTIONS.chooseStage), "Proposal");
    await Promise.all([
      drive.click("UANN01", proposal.action_id, proposal.value, { messageTs: "1700000000.000500" }),
      drive.click("UANN01", proposal.action_id, proposal.value, { messageTs: "1700000000.000500" }),
    ]);
    expect(await t.db.deal.count()).toBe(1);
    expect((await deal("Beta")).stage.key).toBe("proposal");
  });

  it("/deal list stage: a picker, and the click lists that stage", async () => {
    await drive.command("UANN01", "new Acme amount 5k close 2026-12-18 stage proposal");
    await drive.command("UANN01", "new Globex amount 5k close 2026-12-18 stage poc");
    const asked = await drive.command("UANN01", "list stage pro");
    const poc = byLabel(buttons(asked.reply, ACTIONS.chooseStage), "Proof of concept");
    const listed = textOf(
      (await drive.click("UANN01", poc.action_id, poc.value, { messageTs: "1700000000.000600" })).reply,
    );
    expect(listed).toContain("Globex");
    expect(listed).not.toContain("Acme");
    expect(listed).toContain("stage Proof of concept");
  });
});

describe("/deal nps send with a name that fits several contacts", () => {
  let r: NpsTest;
  beforeEach(async () => {
    r = await bootNps();
    r.t.slack.addUser({ id: "UOLGA001", realName: "Olga C", tz: "UTC" });
    r.t.slack.addUser({ id: "UOLGA002", realName: "Olga P", tz: "UTC" });
    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 2,
      account: "Acme",
      contact: { name: "Olga Customer", slackUserId: "UOLGA001", email: "olga@acme.example" },
    });
    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 2,
      account: "Globex",
      contact: { name: "Olga Petrova", slackUserId: "UOLGA002", email: null },
    });
  });
  afterEach(async () => {
    await r.close();
  });
  const dmsTo = (user: string) =>
    r.t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === user);

  it("offers one button per contact (name, email, account); the click (twice) surveys that one, once", async () => {
    const drive = dealDriver(r.t);
    const asked = await drive.command(OWNER, "nps send olga");
    const text = textOf(asked.reply);
    expect(text).toContain("Several contacts match “olga”");
    expect(text).toContain("*Olga Customer* · olga@acme.example · Acme");
    expect(text).toContain("*Olga Petrova* · no email · Globex");
    const sends = buttons(asked.reply, ACTIONS.chooseContact);
    expect(sends).toHaveLength(2);
    expect(await r.t.db.npsSurvey.count()).toBe(0);

    const contact = await r.t.db.contact.findFirstOrThrow({ where: { name: "Olga Petrova" } });
    const { value } = sends.find((b) => JSON.parse(b.value).contactId === contact.id)!;
    const [first, second] = await Promise.all([
      drive.click(OWNER, ACTIONS.chooseContact, value, { messageTs: "1700000000.000700" }),
      drive.click(OWNER, ACTIONS.chooseContact, value, { messageTs: "1700000000.000700" }),
    ]);
    expect(textOf([first.reply, second.reply])).toContain("Olga Petrova");
    expect(await r.t.db.npsSurvey.count()).toBe(1);
    expect((await r.t.db.npsSurvey.findFirstOrThrow()).contactId).toBe(contact.id);
    expect(dmsTo("UOLGA002")).toHaveLength(1);
    expect(dmsTo("UOLGA001")).toHaveLength(0);
  });

  it("surveys the one contact a part of a name fits", async () => {
    const sent = await dealDriver(r.t).command(OWNER, "nps send petrov");
    expect(textOf(sent.reply)).toContain("Olga Petrova");
    expect(dmsTo("UOLGA002")).toHaveLength(1);
    expect(dmsTo("UOLGA001")).toHaveLength(0);
  });
});
