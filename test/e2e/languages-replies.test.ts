import { afterEach, describe, expect, it } from "vitest";
import { weeklyDigest } from "../../src/jobs/weekly-digest.js";
import { weeklyNudges } from "../../src/jobs/weekly-nudges.js";
import { ACTIONS, ADMIN_FORM, NPS_ACTIONS, VALUE, VIEWS } from "../../src/slack/ids.js";
import { bootApp, TEST_ADMIN } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { bootNps, NPS_CHANNEL, type NpsTest, OWNER, seedWonAccount } from "../support/nps.js";
import { seedDeal, seedUser } from "../support/seed.js";
import { blockActions } from "../support/slack-requests.js";
import { plainTextValue, staticSelectValue, type ViewState } from "../support/slack-view-state.js";

/** A /deal admin form whose only problem is a loss reason listed twice. */
const adminForm = (lang: string) =>
  ({
    [ADMIN_FORM.timezone]: { [VALUE]: plainTextValue("UTC") },
    [ADMIN_FORM.currency]: { [VALUE]: plainTextValue("EUR") },
    [ADMIN_FORM.language]: { [VALUE]: staticSelectValue(lang) },
    [ADMIN_FORM.digestChannels]: {
      [VALUE]: { type: "multi_conversations_select", selected_conversations: [] },
    },
    [ADMIN_FORM.alertsChannel]: { [VALUE]: { type: "conversations_select", selected_conversation: null } },
    [ADMIN_FORM.npsChannel]: { [VALUE]: { type: "conversations_select", selected_conversation: null } },
    [ADMIN_FORM.stages]: {
      [VALUE]: plainTextValue("Lead: 10\nQualified: 25\nProposal: 50\nNegotiation: 75"),
    },
    [ADMIN_FORM.lossReasons]: { [VALUE]: plainTextValue("Hinta\nhinta") },
    [ADMIN_FORM.managers]: { [ACTIONS.adminManagers]: { type: "multi_users_select", selected_users: [] } },
  }) as unknown as ViewState;

// Replies, the NPS digest, detractor alerts, escalations and delivery problems (issue 15,
// part c): each in Finnish and Polish (Ukrainian and Russian where a DM's reader differs
// from the team), the reader's language for DMs and replies, the team's for channel posts.

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.close();
});

/** Message text as a reader sees it: Intl's narrow/no-break spaces as plain spaces. */
const said = (value: unknown) => textOf(value).replace(/[\u00a0\u202f]/g, " ");

const CUSTOMER = "UCUST001";

const CASES = [
  {
    lang: "fi",
    locale: "fi-FI",
    logged:
      ":white_check_mark: Kirjattu kauppaan *#1 Acme deal*: puhelu (lähtevä) – jätin viestin. Se lasketaan kaupan aktiivisuudeksi.",
    segment: "Asiakas *Acme* on nyt segmentissä *Enterprise*.",
    badLanguage: "Kieli ”xx” ei ole mikään näistä: en, fi, pl, ru, uk.",
    noAccount: "Asiakasta “Nobody” ei löydy.",
    npsUnknown: "Asiakasta tai yhteyshenkilöä “Nobody” ei löydy.",
    closePast: "Sulkemispäivä ma 2.11.2026 on mennyt.",
    detractor: ":rotating_light: *Arvostelija:* Maria Lopez (*Acme*) antoi arvosanan *2*/10 (Slackissa).",
    takeButton: "Otan tämän",
    closed: ":warning: Tämä jatkotoimi on jo suljettu.",
    digestHeader: "NPS – marraskuu 2026",
    digestCounts: "1 vastaus: suosittelijoita 0, passiivisia 0, arvostelijoita 1",
    digestChannel: "Slack: 1 vastaus / 1 lähetettyä (vastausprosentti 100 %) · NPS -100",
    escalation: "Tiimissäsi 2 kauppaa ilman päivitystä vähintään 21 päivään",
    delivery: ":warning: Viikkokooste: julkaisu kanavalle <#GSALES1> epäonnistui – kanava on yksityinen",
    lossReasons: "Rivi 2: ”hinta” on jo rivillä 1. Kirjoita yksi syy riville, esim. ”Valitsi kilpailijan”.",
  },
  {
    lang: "pl",
    locale: "pl-PL",
    logged:
      ":white_check_mark: Zapisano przy szansie *#1 Acme deal*: telefon (wychodzące) — jätin viestin. Liczy się jako aktywność przy szansie.",
    segment: "Klient *Acme* jest teraz w segmencie *Enterprise*.",
    badLanguage: "Język „xx” nie jest jednym z: en, fi, pl, ru, uk.",
    noAccount: "Nie znam klienta o nazwie „Nobody”.",
    npsUnknown: "Nie znam klienta ani kontaktu o nazwie „Nobody”.",
    closePast: "Data zamknięcia pon., 2 listopada 2026 już minęła.",
    detractor: ":rotating_light: *Krytyk:* Maria Lopez (*Acme*), ocena *2*/10 (Slack).",
    takeButton: "Biorę to",
    closed: ":warning: Ta sprawa jest już zamknięta.",
    digestHeader: "NPS · listopad 2026",
    digestCounts: "1 odpowiedź: promotorzy 0, pasywni 0, krytycy 1",
    digestChannel: "Slack: 1 odpowiedź na 1 wysłanych (odsetek odpowiedzi 100%) · NPS -100",
    escalation: "2 szanse w Twoim zespole bez aktualizacji od co najmniej 21 dni",
    delivery:
      ":warning: Cotygodniowe podsumowanie: publikacja na kanale <#GSALES1> nie powiodła się — kanał jest prywatny",
    lossReasons:
      "Wiersz 2: „hinta” jest już w wierszu 1. Wpisz jeden powód w wierszu, np. „Wybrał konkurencję”.",
  },
] as const;

async function bootNpsIn(lang: string, locale: string, start?: string): Promise<NpsTest> {
  const r = await bootNps(start, { DEALBOT_LANGUAGE: lang });
  running.push(r);
  r.t.slack.addUser({ id: OWNER, realName: "Olga Owner", tz: "UTC", locale });
  await r.t.db.user.update({ where: { id: OWNER }, data: { locale, profileSyncedAt: r.t.clock.now() } });
  return r;
}

describe.each(CASES)("$lang", (c) => {
  it("answers /deal log, account, contact, nps send and a past close date in the reader's language", async () => {
    const r = await bootNpsIn(c.lang, c.locale);
    r.t.slack.addUser({ id: CUSTOMER, realName: "Maria", tz: "UTC" });
    const { deal } = await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 2,
      contact: { slackUserId: CUSTOMER, email: null },
    });
    const open = await r.t.db.stage.findFirstOrThrow({ where: { kind: "open" } });
    await r.t.db.deal.update({
      where: { id: deal.id },
      data: { status: "open", stageId: open.id, closedAt: null, closeOn: "2026-12-31" },
    });
    const drive = dealDriver(r.t);

    const logged = said((await drive.command(OWNER, "log call Acme deal out jätin viestin")).reply);
    expect(logged).toContain(c.logged.replace("#1", `#${deal.id}`));

    const segment = said((await drive.command(OWNER, "account Acme segment Enterprise")).reply);
    expect(segment).toContain(c.segment);

    const bad = await drive.command(OWNER, "contact add Bob bob@acme.example account Acme lang xx");
    expect(said(bad.ack ?? bad.reply)).toContain(c.badLanguage);
    expect(said((await drive.command(OWNER, "contact list Nobody")).reply)).toContain(c.noAccount);

    expect(said((await drive.command(OWNER, "nps send Nobody")).reply)).toContain(c.npsUnknown);

    const past = said((await drive.command(OWNER, "update Acme deal close 2026-11-02")).reply);
    expect(past).toContain(c.closePast);
  });

  it("alerts a detractor in the owner's and the team's language, refuses a closed follow-up, posts the NPS digest", async () => {
    const r = await bootNpsIn(c.lang, c.locale, "2026-11-20T09:00:00Z");
    r.t.slack.addUser({ id: CUSTOMER, realName: "Maria", tz: "UTC" });
    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 2,
      contact: { slackUserId: CUSTOMER, email: null },
    });
    await dealDriver(r.t).command(OWNER, "nps send Acme");
    const dm = r.t.slack.callsTo("chat.postMessage").find((p) => p.body.channel === CUSTOMER)!;
    const score = findButton(dm.body.blocks, `${NPS_ACTIONS.score}:2`)!;
    await r.t.send(
      blockActions({
        userId: CUSTOMER,
        actions: [{ actionId: `${NPS_ACTIONS.score}:2`, value: score.value }],
        responseUrl: r.t.slack.responseUrl("score"),
      } as Parameters<typeof blockActions>[0]),
    );
    await r.t.slack.waitFor("chat.postMessage", { count: 3 });
    const [ownerAlert] = r.t.slack.messagesIn(OWNER).filter((m) => said(m).includes("rotating_light"));
    const [channelAlert] = r.t.slack.messagesIn(NPS_CHANNEL);
    expect(said(ownerAlert)).toContain(c.detractor);
    expect(said(ownerAlert)).toContain(c.takeButton);
    expect(said(channelAlert)).toContain(c.detractor);

    const response = await r.t.db.npsResponse.findFirstOrThrow();
    await r.t.db.npsResponse.update({
      where: { id: response.id },
      data: { followUpClosedAt: r.t.clock.now(), followUpOutcome: "done" },
    });
    await r.t.send(
      blockActions({
        userId: OWNER,
        actions: [{ actionId: NPS_ACTIONS.take, value: String(response.id) }],
        responseUrl: r.t.slack.responseUrl("take"),
      } as Parameters<typeof blockActions>[0]),
    );
    // Replies so far: /deal nps send's and the survey DM's redraw; then the refusal.
    const responses = await r.t.slack.waitForResponses({ count: 3 });
    expect(said(responses.at(-1))).toContain(c.closed);

    await r.t.app.scheduler.runJob("nps-digest", new Date("2026-12-01T09:00:00Z"));
    const digest = said(r.t.slack.messagesIn(NPS_CHANNEL).at(-1));
    expect(digest).toContain(c.digestHeader);
    expect(digest).toContain(c.digestCounts);
    expect(digest).toContain(c.digestChannel);
  });

  it("escalates to a manager and tells an admin about a failed post, each in their language", async () => {
    const t = await bootApp({
      clock: new FakeClock("2026-11-23T09:00:00Z"),
      jobs: [weeklyNudges, weeklyDigest],
      env: { DEALBOT_LANGUAGE: "en", DEALBOT_CHANNEL_DIGEST: "GSALES1" },
    });
    running.push(t);
    const now = t.clock.now();
    await seedUser(t.db, t.slack, { id: "UMGR01", tz: "UTC", role: "manager" });
    await seedUser(t.db, t.slack, { id: "UREPA1", tz: "UTC", managerId: "UMGR01" });
    await seedUser(t.db, t.slack, { id: TEST_ADMIN, tz: "UTC", role: "admin" });
    for (const id of ["UMGR01", TEST_ADMIN]) {
      t.slack.addUser({ id, realName: id, tz: "UTC", locale: c.locale });
      await t.db.user.update({ where: { id }, data: { locale: c.locale } });
    }
    await seedDeal(t.db, { ownerId: "UREPA1", name: "Ancient A", staleDays: 30, now, amount: 5000 });
    await seedDeal(t.db, { ownerId: "UREPA1", name: "Ancient B", staleDays: 22, now, amount: 9000 });
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    const [escalation] = t.slack.messagesIn("UMGR01");
    expect(said(escalation)).toContain(c.escalation);
    const drive = dealDriver(t);
    const invalid = await drive.submit(TEST_ADMIN, VIEWS.admin, adminForm(c.lang), "{}");
    expect(invalid.body.errors?.[ADMIN_FORM.lossReasons]).toBe(c.lossReasons);

    await t.app.scheduler.runJob("weekly-digest", now);
    const notice = t.slack.messagesIn(TEST_ADMIN).find((m) => said(m).includes("GSALES1"));
    expect(said(notice)).toContain(c.delivery);
  });
});

describe("a DM's reader and the team differ", () => {
  it("the owner's detractor alert is in Ukrainian while the NPS channel's is in Finnish", async () => {
    const r = await bootNpsIn("fi", "uk-UA");
    r.t.slack.addUser({ id: CUSTOMER, realName: "Maria", tz: "UTC" });
    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 2,
      contact: { slackUserId: CUSTOMER, email: null },
    });
    await dealDriver(r.t).command(OWNER, "nps send Acme");
    const dm = r.t.slack.callsTo("chat.postMessage").find((p) => p.body.channel === CUSTOMER)!;
    const score = findButton(dm.body.blocks, `${NPS_ACTIONS.score}:3`)!;
    await r.t.send(
      blockActions({
        userId: CUSTOMER,
        actions: [{ actionId: `${NPS_ACTIONS.score}:3`, value: score.value }],
        responseUrl: r.t.slack.responseUrl("score"),
      } as Parameters<typeof blockActions>[0]),
    );
    await r.t.slack.waitFor("chat.postMessage", { count: 3 });
    const ownerAlert = r.t.slack.messagesIn(OWNER).find((m) => said(m).includes("rotating_light"));
    expect(said(ownerAlert)).toContain(
      ":rotating_light: *Критик:* Maria Lopez (*Acme*), оцінка *3*/10 (Slack).",
    );
    expect(said(ownerAlert)).toContain("Записати результат");
    expect(said(r.t.slack.messagesIn(NPS_CHANNEL)[0])).toContain("*Arvostelija:* Maria Lopez");
  });

  it("English readers get the English texts as before", async () => {
    const r = await bootNpsIn("en", "en-GB");
    await seedWonAccount(r.t.db, { now: r.t.clock.now(), wonDaysAgo: 2 });
    const drive = dealDriver(r.t);
    expect(said((await drive.command(OWNER, "account Acme segment Enterprise")).reply)).toContain(
      ":white_check_mark: *Acme* is now in the segment *Enterprise*.",
    );
    expect(said((await drive.command(OWNER, "account Nobody segment Enterprise")).reply)).toContain(
      "No account is called “Nobody”. Accounts come from deals and contacts.",
    );
    expect(said((await drive.command(OWNER, "log email Acme deal")).reply)).toContain(
      "Logged an email (out) on *#",
    );
  });
});
