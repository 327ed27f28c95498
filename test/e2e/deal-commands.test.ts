import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findDeal } from "../../src/db/deals.js";
import { isHandled } from "../../src/db/idempotency.js";
import { changeDeal } from "../../src/domain/deals/change-deal.js";
import type { Directory } from "../../src/domain/people/directory.js";
import { ACTIONS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock, MINUTE } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { slashCommand } from "../support/slack-requests.js";

// Thursday 26 Nov 2026, 10:00 UTC (12:00 in Helsinki, 02:00 in Los Angeles).
const NOW = "2026-11-26T10:00:00Z";
let t: TestApp;
let drive: ReturnType<typeof dealDriver>;
let clock: FakeClock;

beforeEach(async () => {
  clock = new FakeClock(NOW);
  t = await bootApp({ clock, env: { DEALBOT_CURRENCY: "EUR" } });
  t.slack.addUser({ id: "UANN01", realName: "Ann Rep", tz: "Europe/Helsinki" });
  t.slack.addUser({ id: "UBOB01", realName: "Bob Rep", tz: "America/Los_Angeles" });
  t.slack.addUser({ id: "UMGR01", realName: "Meg Manager", tz: "Europe/Helsinki" });
  drive = dealDriver(t);
  await t.db.user.create({ data: { id: "UMGR01", name: "Meg Manager", role: "manager" } });
  await t.db.user.create({ data: { id: "UANN01", name: "Ann Rep", managerId: "UMGR01" } });
  await t.db.user.create({ data: { id: "UBOB01", name: "Bob Rep" } });
});
afterEach(async () => {
  await t.close();
});

const deal = (name: string) => t.db.deal.findFirstOrThrow({ where: { name }, include: { stage: true } });

describe("/deal new", () => {
  it("creates a deal from one line, echoing how dates and amounts were read", async () => {
    const result = await drive.command("UANN01", "new Acme Corp amount 12k stage proposal close next friday");
    expect(result.status).toBe(200);
    const reply = textOf(result.reply);
    expect(reply).toContain("Created");
    expect(reply).toContain("#1 Acme Corp");
    expect(reply).toContain("close: next friday → Fri 4 Dec 2026");
    expect(reply).toContain("€12,000");
    expect(findButton(result.reply, ACTIONS.undo)).toBeDefined();

    const created = await deal("Acme Corp");
    expect(created).toMatchObject({
      ownerId: "UANN01",
      amountMinor: 1_200_000n,
      currency: "EUR",
      closeOn: "2026-12-04",
      status: "open",
      version: 1,
    });
    expect(created.stage.key).toBe("proposal");
    const events = await t.db.dealEvent.findMany({ where: { dealId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "created",
      source: "command",
      actorId: "UANN01",
      dealVersion: 1,
    });
    expect(JSON.parse(events[0]!.changes)).toMatchObject({
      name: { from: null, to: "Acme Corp" },
      amountMinor: { from: null, to: "1200000" },
      closeOn: { from: null, to: "2026-12-04" },
    });
    // The owner's Home tab was refreshed with the new deal.
    const [home] = await t.slack.waitFor("views.publish");
    expect(home?.body.user_id).toBe("UANN01");
    expect(textOf(home?.body.view)).toContain("Acme Corp");
  });

  it("reads dates in the rep's own timezone", async () => {
    // 02:00 in Los Angeles is still Thursday there: "tomorrow" is Friday 27th for Bob.
    clock.set("2026-11-27T07:30:00Z"); // Friday 09:30 in Helsinki, Thursday 23:30 in Los Angeles
    await drive.command("UANN01", "new Helsinki deal amount 1k close tomorrow");
    await drive.command("UBOB01", "new LA deal amount 1k close tomorrow");
    expect((await deal("Helsinki deal")).closeOn).toBe("2026-11-28");
    expect((await deal("LA deal")).closeOn).toBe("2026-11-27");
  });

  it("opens the form prefilled when required fields are missing", async () => {
    const result = await drive.command("UANN01", "new Globex stage qualified");
    expect(result.modal).toBeDefined();
    const modal = textOf(result.modal);
    expect(modal).toContain('"initial_value":"Globex"');
    expect(modal).toContain("Qualified (25%)");
    expect(await t.db.deal.count()).toBe(0);
  });

  it.each([
    ["new Acme amount 12k5 close next friday", 'Amount \\"12k5\\"'],
    ["new Acme amount -5 close next friday", "negative"],
    ["new Acme amount 5k close 2026-11-01", "in the past"],
    ["new Acme amount 5k close soonish", "soonish"],
    ["new Acme amount 5k close friday stage banana", 'Stage \\"banana\\" is not one of'],
    ["new Acme amount 5k close friday owner @bob", "autocomplete"],
  ])("refuses %s with a clear message and saves nothing", async (text, message) => {
    const result = await drive.command("UANN01", text);
    const answer = textOf(result.reply ?? result.ack);
    expect(answer).toContain("Nothing was saved");
    expect(answer).toContain(message);
    expect(await t.db.deal.count()).toBe(0);
    expect(await t.db.dealEvent.count()).toBe(0);
  });

  it("escapes user text: a deal named <!channel> pings nobody", async () => {
    const result = await drive.command("UANN01", "new &lt;!channel&gt; &amp; co amount 1k close next friday");
    expect(textOf(result.reply)).toContain("&lt;!channel&gt; &amp; co");
    expect(textOf(result.reply)).not.toContain("<!channel>");
    expect((await t.db.deal.findFirstOrThrow()).name).toBe("<!channel> & co");
  });

  it("applies a Slack retry (x-slack-retry-num) of the same command once", async () => {
    const request = slashCommand({
      text: "new Acme amount 12k close next friday",
      userId: "UANN01",
      responseUrl: t.slack.responseUrl("r1"),
    });
    const [first, retry] = await Promise.all([
      t.send(request),
      t.send(request, { retryNum: 1, retryReason: "http_timeout" }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await t.slack.waitForResponses({ id: "r1" });
    expect(await t.db.deal.count()).toBe(1);
    expect(await t.db.dealEvent.count()).toBe(1);
  });

  it("applies a re-sent request (same trigger id) once", async () => {
    await drive.command("UANN01", "new Acme amount 12k close next friday", { triggerId: "trig-1" });
    await drive.command("UANN01", "new Acme amount 12k close next friday", {
      triggerId: "trig-1",
      expectAnswer: false,
    });
    expect(await t.db.deal.count()).toBe(1);
  });
});

describe("/deal update, won, lost", () => {
  beforeEach(async () => {
    await drive.command("UANN01", "new Acme Corp amount 12k stage proposal close next friday");
    await drive.command("UBOB01", "new Bobco amount 5k close next friday");
  });

  it("changes fields and shows old → new per field", async () => {
    const result = await drive.command(
      "UANN01",
      "update acme stage negotiation amount 15k close end of month next send contract by monday",
    );
    const reply = textOf(result.reply);
    expect(reply).toContain("stage: Proposal → Negotiation");
    expect(reply).toContain("amount: €12,000 → €15,000");
    expect(reply).toContain("close: Fri 4 Dec 2026 → Mon 30 Nov 2026");
    expect(reply).toContain("next step: — → send contract");
    const updated = await deal("Acme Corp");
    expect(updated).toMatchObject({
      amountMinor: 1_500_000n,
      closeOn: "2026-11-30",
      nextStep: "send contract",
      nextStepDue: "2026-11-30",
      version: 2,
    });
    const event = await t.db.dealEvent.findFirstOrThrow({ where: { kind: "updated" } });
    expect(event).toMatchObject({ source: "command", actorId: "UANN01" });
    expect(event.fromStageId).not.toBeNull();
  });

  it("counts a later close date as a push", async () => {
    await drive.command("UANN01", "update acme close 2027-01-15");
    expect((await deal("Acme Corp")).closePushCount).toBe(1);
  });

  it("says so when nothing changes", async () => {
    const result = await drive.command("UANN01", "update acme amount 12k");
    expect(textOf(result.reply)).toContain("Nothing to change");
    expect(await t.db.dealEvent.count({ where: { kind: "updated" } })).toBe(0);
  });

  it("refuses a rep changing someone else's deal, and changes nothing", async () => {
    const result = await drive.command("UBOB01", "update acme amount 1");
    expect(textOf(result.reply)).toContain("you can change only your own deals");
    expect((await deal("Acme Corp")).amountMinor).toBe(1_200_000n);
  });

  it("lets a manager change their team's deals but not others'", async () => {
    expect(textOf((await drive.command("UMGR01", "update acme probability 40")).reply)).toContain(
      "probability: — → 40%",
    );
    expect(textOf((await drive.command("UMGR01", "update bobco amount 1k")).reply)).toContain(
      "not on your team",
    );
  });

  it("lets a manager hand a deal to a rep who never used Dealbot", async () => {
    t.slack.addUser({ id: "UNEW01", realName: "New Rep", tz: "Asia/Tokyo" });
    // Unknown to Dealbot and not (yet) on anyone's team: only an admin may assign to them.
    const result = await drive.command("UADMIN01", "update acme owner <@UNEW01|new>");
    expect(textOf(result.reply)).toContain("owner: <@UANN01> → <@UNEW01>");
    expect(await t.db.user.findUnique({ where: { id: "UNEW01" } })).toMatchObject({
      name: "New Rep",
      timezone: "Asia/Tokyo",
    });
  });

  it("lets an admin change anything", async () => {
    const result = await drive.command("UADMIN01", "update bobco amount 6k");
    expect(textOf(result.reply)).toContain("amount: €5,000 → €6,000");
  });

  it("marks a deal won", async () => {
    const result = await drive.command("UANN01", "won acme");
    expect(textOf(result.reply)).toContain("Marked won");
    expect(await deal("Acme Corp")).toMatchObject({ status: "won", closedAt: new Date(NOW) });
  });

  it("marks a deal lost with a reason from the team's list, and a note", async () => {
    const result = await drive.command(
      "UANN01",
      "lost acme reason price too high - they chose a cheaper tool",
    );
    expect(textOf(result.reply)).toContain("loss reason: — → Price too high");
    const lost = await t.db.deal.findFirstOrThrow({
      where: { name: "Acme Corp" },
      include: { lossReason: true },
    });
    expect(lost).toMatchObject({ status: "lost", lossNote: "they chose a cheaper tool" });
    expect(lost.lossReason?.key).toBe("price");
  });

  it("refuses an unknown loss reason, listing the team's", async () => {
    const result = await drive.command("UANN01", "lost acme reason aliens");
    expect(textOf(result.reply)).toContain("is not one of: Price too high");
    expect((await deal("Acme Corp")).status).toBe("open");
  });

  it("opens a form at once even while earlier work waits in the queue (a trigger id lasts 3 s)", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // More held work than the queue runs at once, on either database.
    const holders = Array.from({ length: 8 }, () => t.app.services.afterAck(() => held));
    const listId = "queued-list";
    const list = await t.send(
      slashCommand({ text: "list", userId: "UANN01", responseUrl: t.slack.responseUrl(listId) }),
    );
    expect(list.status).toBe(200);

    const form = await drive.command("UANN01", "update Acme Corp");
    expect(textOf(form.modal)).toContain("Acme Corp");
    expect(t.slack.responses.find((r) => r.id === listId)).toBeUndefined();

    release();
    await Promise.all(holders);
    const [listed] = await t.slack.waitForResponses({ id: listId });
    expect(textOf(listed?.body)).toContain("Acme Corp");
  });

  it("opens the reason picker when no reason is given", async () => {
    const result = await drive.command("UANN01", "lost acme");
    expect(textOf(result.modal)).toContain("Why was it lost?");
    expect(textOf(result.modal)).toContain("Went with a competitor");
  });

  it("offers a chooser when a name matches several open deals, and the click applies the command", async () => {
    await drive.command("UANN01", "new Acme Labs amount 3k close next friday");
    const result = await drive.command("UANN01", "update acme amount 20k");
    expect(textOf(result.reply)).toContain("Several deals match");
    const choice = findButton(result.reply, ACTIONS.choose);
    expect(choice).toBeDefined();
    const picked = JSON.parse(choice!.value) as { dealId: number };
    const click = await drive.click("UANN01", ACTIONS.choose, choice!.value, {
      messageTs: "1700000000.000200",
    });
    expect(textOf(click.reply)).toContain("amount:");
    expect((await t.db.deal.findUniqueOrThrow({ where: { id: picked.dealId } })).amountMinor).toBe(
      2_000_000n,
    );
  });

  it("suggests the closest names when nothing matches", async () => {
    const result = await drive.command("UANN01", "update acne corp amount 1k");
    expect(textOf(result.reply)).toContain("I found no deal matching “acne corp”");
    expect(textOf(result.reply)).toContain("Did you mean *Acme Corp*");
  });

  it("refers to a deal by #id", async () => {
    const result = await drive.command("UANN01", "show #1");
    expect(textOf(result.reply)).toContain("#1 Acme Corp");
    expect(textOf(result.reply)).toContain("Recent history");
  });
});

describe("undo", () => {
  it("reverts the caller's last change within 10 minutes", async () => {
    await drive.command("UANN01", "new Acme amount 12k close next friday");
    await drive.command("UANN01", "update acme amount 20k stage negotiation");
    clock.advance(9 * MINUTE);
    const result = await drive.command("UANN01", "undo");
    expect(textOf(result.reply)).toContain("Undid your change");
    const reverted = await deal("Acme");
    expect(reverted.amountMinor).toBe(1_200_000n);
    expect(reverted.stage.key).toBe("lead");
    const undone = await t.db.dealEvent.findFirstOrThrow({ where: { kind: "undone" } });
    expect(undone.undoOfId).not.toBeNull();
  });

  it("refuses after 10 minutes", async () => {
    await drive.command("UANN01", "new Acme amount 12k close next friday");
    await drive.command("UANN01", "update acme amount 20k");
    clock.advance(11 * MINUTE);
    expect(textOf((await drive.command("UANN01", "undo")).reply)).toContain("nothing of yours to undo");
    expect((await deal("Acme")).amountMinor).toBe(2_000_000n);
  });

  it("undoes through the button once, even when clicked twice", async () => {
    await drive.command("UANN01", "new Acme amount 12k close next friday");
    const update = await drive.command("UANN01", "update acme amount 20k");
    const undo = findButton(update.reply, ACTIONS.undo)!;
    await Promise.all([
      drive.click("UANN01", ACTIONS.undo, undo.value),
      drive.click("UANN01", ACTIONS.undo, undo.value),
    ]);
    expect((await deal("Acme")).amountMinor).toBe(1_200_000n);
    expect(await t.db.dealEvent.count({ where: { kind: "undone" } })).toBe(1);
  });

  it("won't overwrite someone else's later change", async () => {
    await drive.command("UANN01", "new Acme amount 12k close next friday");
    await drive.command("UANN01", "update acme amount 20k");
    await drive.command("UMGR01", "update acme probability 30");
    const result = await drive.command("UANN01", "undo");
    expect(textOf(result.reply)).toContain("was changed after your edit");
    expect((await deal("Acme")).amountMinor).toBe(2_000_000n);
  });

  it("removes a deal created by mistake", async () => {
    await drive.command("UANN01", "new Oops amount 1k close next friday");
    const result = await drive.command("UANN01", "undo");
    expect(textOf(result.reply)).toContain("was removed");
    expect(await t.db.deal.count()).toBe(0);
  });
});

describe("a change to the deal as a command read it", () => {
  it("is a conflict when someone changed the deal since, and writes nothing", async () => {
    await drive.command("UANN01", "new Acme amount 12k close next friday");
    const seen = await findDeal(t.db, (await deal("Acme")).id);
    await drive.command("UMGR01", "update acme probability 30");

    const outcome = await changeDeal(
      { db: t.db, clock, directory: {} as Directory },
      {
        actor: {
          id: "UANN01",
          name: "Ann Rep",
          role: "rep",
          timezone: "Europe/Helsinki",
          lang: "en",
          reportIds: [],
        },
        deal: seen!,
        request: { amountMinor: 2_000_000n },
        source: "command",
        requestKey: "command:stale-read",
      },
    );
    expect(outcome.kind).toBe("conflict");
    if (outcome.kind !== "conflict") return;
    expect(outcome.since.map((e) => e.actorId)).toEqual(["UMGR01"]);
    expect(outcome.deal.probability).toBe(30);
    expect((await deal("Acme")).amountMinor).toBe(1_200_000n);
    // Rolled back with the change: trying again after reading the conflict is not a "duplicate".
    expect(await isHandled(t.db, "command:stale-read")).toBe(false);
  });
});

describe("/deal list and help", () => {
  it("lists open deals by close month, with stale marks and filters", async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close next friday");
    await drive.command("UANN01", "new Globex amount 30k close 2027-01-20");
    clock.advance(8 * 24 * 60 * MINUTE);
    const all = textOf((await drive.command("UANN01", "list")).reply);
    expect(all).toContain("Your open deals: 2");
    expect(all).toContain("Closing December 2026");
    expect(all).toContain("Closing January 2027");
    expect(all).toContain("no update for 8 days");
    const filtered = textOf((await drive.command("UANN01", "list stage proposal")).reply);
    expect(filtered).toContain("Acme");
    expect(filtered).not.toContain("Globex");
    const others = textOf((await drive.command("UMGR01", "list <@UANN01|ann> closing january")).reply);
    expect(others).toContain("Globex");
    expect(others).not.toContain("Acme");
  });

  it("answers help and unknown subcommands with usage", async () => {
    expect(textOf((await drive.command("UANN01", "help")).ack)).toContain("/deal new Acme Corp amount 12k");
    expect(textOf((await drive.command("UANN01", "frobnicate")).ack)).toContain("I don't know `frobnicate`");
  });
});

describe("input as people type it", () => {
  it("strips NUL and control characters before storing, and finds names case-folded beyond ASCII", async () => {
    await drive.command(
      "UANN01",
      "new İstanbul\u0000 Trading amount 5k close 2026-12-18 next call\u0007 back",
    );
    await drive.command("UANN01", "new Straße GmbH amount 7k close 2026-12-18");
    const stored = await t.db.deal.findFirstOrThrow({ where: { name: { startsWith: "İstanbul" } } });
    expect(stored.name).toBe("İstanbul Trading");
    expect(stored.nextStep).toBe("call back");
    const istanbul = await drive.command("UANN01", "show istanbul");
    expect(textOf(istanbul.reply)).toContain("İstanbul Trading");
    const strasse = await drive.command("UANN01", "show strasse");
    expect(textOf(strasse.reply)).toContain("Straße GmbH");
  });

  it("rekeys names stored before the search key folded them", async () => {
    await drive.command("UANN01", "new Straße GmbH amount 7k close 2026-12-18");
    await t.db.deal.updateMany({ data: { nameKey: "straße gmbh" } });
    const { rekeyNames } = await import("../../src/db/name-keys.js");
    expect(await rekeyNames(t.db)).toBe(1);
    expect(textOf((await drive.command("UANN01", "show strasse")).reply)).toContain("Straße GmbH");
  });

  it("accepts an unambiguous start or a close spelling of a stage and a loss reason, and says what it understood", async () => {
    await drive.command("UANN01", "new Acme amount 5k close 2026-12-18");
    const staged = await drive.command("UANN01", "update acme stage qualification");
    expect(textOf(staged.reply)).toContain("stage: qualification → Qualified");
    expect((await deal("Acme")).stage.key).toBe("qualified");
    const lost = await drive.command("UANN01", "lost acme reason budget frozen until Q3");
    expect(textOf(lost.reply)).toContain("reason: budget → No budget");
    const reason = await t.db.lossReason.findUniqueOrThrow({ where: { key: "no-budget" } });
    expect(await deal("Acme")).toMatchObject({
      status: "lost",
      lossReasonId: reason.id,
      lossNote: "frozen until Q3",
    });
    // "price" alone is the only reason starting so ("Price too high").
    await drive.command("UANN01", "new Beta amount 5k close 2026-12-18");
    await drive.command("UANN01", "lost beta reason price");
    const price = await t.db.lossReason.findUniqueOrThrow({ where: { key: "price" } });
    expect(await deal("Beta")).toMatchObject({ status: "lost", lossReasonId: price.id });
  });

  it("offers the reason picker when what was typed fits several reasons", async () => {
    await drive.command("UANN01", "new Acme amount 5k close 2026-12-18");
    const result = await drive.command("UANN01", "lost acme reason no");
    expect(result.modal).toBeDefined();
    expect(textOf(result.modal)).toContain("No budget");
    expect((await deal("Acme")).status).toBe("open");
  });
});
