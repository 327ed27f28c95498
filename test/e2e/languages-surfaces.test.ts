import { afterEach, describe, expect, it } from "vitest";
import { RISK_ACTIONS, VIEWS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";

// The surfaces converted after the first round (refusals, forms, win announcements…),
// each exercised once end to end in Finnish and in Polish.

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

const said = (value: unknown) => textOf(value).replace(/[\u00a0\u202f]/g, " ");

const CASES = [
  {
    lang: "fi",
    locale: "fi-FI",
    refusal: "“Acme” ei ole sinun kauppasi (omistaja: <@UREP01>): voit muuttaa vain omia kauppojasi.",
    lostTitle: "Merkitse hävityksi",
    lostMissing: "Valitse syy, miksi kauppa hävittiin.",
    win: ":tada: <@UREP01> voitti kaupan *Beta*: *5 000 €*",
    alertHeader: "Siirtymisvaarassa olevat kaupat – marraskuu 2026",
    alertReason: "ei päivitystä eikä vahvistusta 12 päivään",
    dmHeader: "Kauppa voi siirtyä – marraskuu 2026",
    dmReason: "yhä vaiheessa Kvalifioitu (25 %)",
    confirm: "Vahvista: marraskuu",
    forecast: "Oma ennusteesi",
    forecastLine: "*marraskuu 2026*: voitettu 0 € (0 kauppaa)",
    notManager: "/deal forecast team on esihenkilöille",
    stats: "Myyjän luvut · 12 kk",
    statsLine: "Voittoprosentti — (0 voitettu, 0 hävitty)",
  },
  {
    lang: "pl",
    locale: "pl-PL",
    refusal: "“Acme” należy do <@UREP01>: możesz zmieniać tylko własne szanse sprzedaży.",
    lostTitle: "Oznacz jako przegraną",
    lostMissing: "Wybierz powód przegranej.",
    // Polish groups thousands only from five digits (CLDR): 5000 €, 20 000 €.
    win: ":tada: <@UREP01> wygrywa *Beta*: *5000 €*",
    alertHeader: "Szanse zagrożone przesunięciem · listopad 2026",
    alertReason: "brak aktualizacji i potwierdzenia od 12 dni",
    dmHeader: "Szansa może się przesunąć · listopad 2026",
    dmReason: "wciąż na etapie Kwalifikacja (25%)",
    confirm: "Potwierdź na listopad",
    forecast: "Twoja prognoza",
    forecastLine: "*listopad 2026*: wygrane 0 € (0 szans)",
    notManager: "/deal forecast team jest dla menedżerów",
    stats: "Statystyki handlowca · 12 mies.",
    statsLine: "Skuteczność — (0 wygranych, 0 przegranych)",
  },
] as const;

async function boot(lang: string, locale: string) {
  const t = await bootApp({ clock: new FakeClock("2026-11-23T08:00:00Z"), env: { DEALBOT_LANGUAGE: lang } });
  apps.push(t);
  t.slack.addUser({ id: "UREP01", realName: "Rep", tz: "Europe/Helsinki", locale });
  t.slack.addUser({ id: "UREP02", realName: "Other", tz: "Europe/Helsinki", locale });
  return { t, drive: dealDriver(t) };
}

describe.each(CASES)("$lang", (c) => {
  it("refuses someone else's deal in the reader's language", async () => {
    const { drive } = await boot(c.lang, c.locale);
    await drive.command("UREP01", "new Acme amount 20000 close 2026-12-31");
    const refused = said((await drive.command("UREP02", "update Acme amount 5000")).reply);
    expect(refused).toContain(c.refusal);
  });

  it("opens the lost form and shows its validation error in the reader's language", async () => {
    const { drive } = await boot(c.lang, c.locale);
    await drive.command("UREP01", "new Acme amount 20000 close 2026-12-31");
    const { modal } = await drive.command("UREP01", "lost Acme", { triggerId: "T-lost" });
    expect(said(modal)).toContain(c.lostTitle);
    expect(said(modal)).toContain("20 000 €");
    const submitted = await drive.submit("UREP01", VIEWS.lost, {}, String(modal?.private_metadata));
    expect(submitted.body.response_action).toBe("errors");
    expect(Object.values(submitted.body.errors ?? {})).toEqual([c.lostMissing]);
  });

  it("announces a win in the team's language", async () => {
    const { t, drive } = await boot(c.lang, c.locale);
    await t.db.workspace.upsert({
      where: { id: "default" },
      create: { winChannel: "CWINS001" },
      update: { winChannel: "CWINS001" },
    });
    await drive.command("UREP01", "new Beta amount 5000 close 2026-12-31");
    await drive.command("UREP01", "won Beta");
    await t.app.scheduler.runJob("win-announcements", t.clock.now());
    const [post] = t.slack.callsTo("chat.postMessage").filter((p) => p.body.channel === "CWINS001");
    expect(said(post?.body.text)).toContain(c.win);
  });

  it("posts the risk alert in the team's language and DMs the owner in theirs", async () => {
    const t = await bootApp({
      clock: new FakeClock("2026-11-20T07:00:00Z"),
      env: {
        DEALBOT_LANGUAGE: c.lang,
        DEALBOT_TIMEZONE: "Europe/Helsinki",
        DEALBOT_CHANNEL_ALERTS: "CALERTS01",
      },
    });
    apps.push(t);
    await seedUser(t.db, t.slack, { id: "UREP01", name: "Rep", tz: "Europe/Helsinki" });
    await t.db.user.update({ where: { id: "UREP01" }, data: { locale: c.locale } });
    await seedDeal(t.db, {
      ownerId: "UREP01",
      name: "Acme",
      amount: 40_000,
      closeOn: "2026-11-27",
      now: t.clock.now(),
      stage: "qualified",
      staleDays: 12,
    });
    await t.app.scheduler.runJob("risk-alerts", t.clock.now());
    const posted = t.slack.callsTo("chat.postMessage");
    const alert = said(posted.find((p) => p.body.channel === "CALERTS01")?.body);
    expect(alert).toContain(c.alertHeader);
    expect(alert).toContain(c.alertReason);
    expect(alert).toContain("40 000 €");
    const dm = posted.find((p) => p.body.channel === "UREP01")?.body;
    expect(said(dm)).toContain(c.dmHeader);
    expect(said(dm)).toContain(c.dmReason);
    expect(said(dm)).toContain(c.confirm);
    expect(findButton(dm?.blocks, RISK_ACTIONS.commit)).toBeDefined();
  });

  it("answers /deal forecast and /deal forecast team in the reader's language", async () => {
    const { drive } = await boot(c.lang, c.locale);
    await drive.command("UREP01", "new Acme amount 20000 close 2026-11-30");
    const forecast = said((await drive.command("UREP01", "forecast")).reply);
    expect(forecast).toContain(c.forecast);
    expect(forecast).toContain(c.forecastLine);
    expect(forecast).toContain("20 000 €");
    expect(said((await drive.command("UREP01", "forecast team")).reply)).toContain(c.notManager);
  });

  it("answers /deal stats in the reader's language", async () => {
    const { drive } = await boot(c.lang, c.locale);
    await drive.command("UREP01", "new Acme amount 20000 close 2026-12-31");
    const stats = said((await drive.command("UREP01", "stats")).reply);
    expect(stats).toContain(c.stats);
    expect(stats).toContain(c.statsLine);
  });
});
