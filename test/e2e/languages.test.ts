import { afterEach, describe, expect, it } from "vitest";
import { weeklyNudges } from "../../src/jobs/weekly-nudges.js";
import { NUDGE_ACTIONS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock, MINUTE } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { blockActions } from "../support/slack-requests.js";

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

// Intl groups thousands with (narrow) no-break spaces; the expectations use plain ones.
const said = (value: unknown) => textOf(value).replace(/[\u00a0\u202f]/g, " ");

/** What one rep, whose Slack is set to `locale`, should read at each step of a session. */
const SESSIONS = [
  {
    locale: "en-GB",
    home: "Your pipeline",
    close: "next friday",
    help: "Here is what `/deal` can do",
    created: "Created *#1 Acme*",
    amount: "€20,000",
    closes: "closes Fri 4 Dec 2026",
    updated: "Updated *#1 Acme*",
    list: "Your open deals: 1",
    nudge: "Weekly pipeline check: 1 deal needs a look",
    button: "Still on track",
    confirmed: "Still on track: confirmed.",
  },
  {
    locale: "fi-FI",
    home: "Myyntiputkesi",
    close: "ensi perjantaina",
    help: "Näin `/deal` toimii",
    created: "Luotu *#1 Acme*",
    amount: "20 000 €",
    closes: "sulkeutuu pe 4.12.2026",
    updated: "Päivitetty *#1 Acme*",
    list: "Avoimet kauppasi: 1",
    nudge: "Viikon myyntiputkitarkistus: 1 kauppa odottaa päivitystä",
    button: "Etenee suunnitellusti",
    confirmed: "Etenee suunnitellusti: vahvistettu.",
  },
  {
    locale: "pl-PL",
    home: "Twój lejek sprzedaży",
    close: "next friday",
    help: "Oto, co potrafi `/deal`",
    created: "Utworzono *#1 Acme*",
    amount: "20 000 €",
    closes: "zamknięcie pt., 4 grudnia 2026",
    updated: "Zaktualizowano *#1 Acme*",
    list: "Twoje otwarte szanse: 1",
    nudge: "Cotygodniowy przegląd lejka: 1 szansa czeka na aktualizację",
    button: "Zgodnie z planem",
    confirmed: "Idzie zgodnie z planem: potwierdzone.",
  },
  {
    locale: "uk-UA",
    home: "Ваша воронка продажів",
    close: "наступної п'ятниці",
    help: "Ось що вміє `/deal`",
    created: "Створено *#1 Acme*",
    amount: "20 000 €",
    closes: "закриття пт, 4 грудня 2026 р.",
    updated: "Оновлено *#1 Acme*",
    list: "Ваші відкриті угоди: 1",
    nudge: "Щотижнева перевірка воронки: 1 угода потребує уваги",
    button: "Іде за планом",
    confirmed: "Іде за планом: підтверджено.",
  },
  {
    locale: "ru-RU",
    home: "Ваша воронка продаж",
    close: "в следующую пятницу",
    help: "Вот что умеет `/deal`",
    created: "Создана *#1 Acme*",
    amount: "20 000 €",
    closes: "закрытие пт, 4 декабря 2026 г.",
    updated: "Обновлена *#1 Acme*",
    list: "Ваши открытые сделки: 1",
    nudge: "Еженедельная проверка воронки: 1 сделка требует внимания",
    button: "Идёт по плану",
    confirmed: "Идёт по плану: подтверждено.",
  },
];

describe("a rep's session in their own Slack language", () => {
  it.each(SESSIONS)("$locale: help, new, update, list and the weekly nudge", async (s) => {
    // Monday 23 Nov 2026, 10:00 in Helsinki.
    const t = await bootApp({ clock: new FakeClock("2026-11-23T08:00:00Z"), jobs: [weeklyNudges] });
    apps.push(t);
    t.slack.addUser({ id: "UREP01", realName: "Rep", tz: "Europe/Helsinki", locale: s.locale });
    const drive = dealDriver(t);

    // First contact: the ack is in the team's language; the answer is redrawn in theirs.
    await drive.command("UREP01", "help");
    if (s.locale !== "en-GB") {
      const [again] = await t.slack.waitForResponses();
      expect(again?.body).toMatchObject({ replace_original: true });
      expect(said(again?.body)).toContain(s.help);
    }
    expect(said((await drive.command("UREP01", "help")).ack)).toContain(s.help);

    const created = said((await drive.command("UREP01", `new Acme amount 20000 close ${s.close}`)).reply);
    expect(created).toContain(s.created);
    expect(created).toContain(s.amount);
    expect(created).toContain(s.closes);

    const [home] = (await t.slack.waitFor("views.publish")).slice(-1);
    expect(said(home?.body.view)).toContain(s.home);
    expect(said(home?.body.view)).toContain(s.amount);

    // Still open at the nudge: a close date after it (a past-due deal gets Push…/Won/Lost… instead).
    const updated = said(
      (await drive.command("UREP01", "update Acme stage negotiation close 2026-12-31")).reply,
    );
    expect(updated).toContain(s.updated);

    const list = said((await drive.command("UREP01", "list")).reply);
    expect(list).toContain(s.list);
    expect(list).toContain(s.amount);

    // Two weeks later the deal is stale: Monday 09:00 Helsinki brings the nudge.
    t.clock.set("2026-12-07T06:30:00Z");
    while (
      t.slack.callsTo("chat.postMessage").length === 0 &&
      t.clock.now() < new Date("2026-12-07T08:00:00Z")
    ) {
      t.clock.advance(15 * MINUTE);
      await t.app.scheduler.tick();
    }
    const [dm] = t.slack.callsTo("chat.postMessage");
    expect(said(dm?.body.blocks)).toContain(s.nudge);
    expect(said(dm?.body.blocks)).toContain(s.button);
    expect(said(dm?.body.blocks)).toContain(s.amount);
    const confirm = findButton(dm?.body.blocks, NUDGE_ACTIONS.confirm);
    await t.send(
      blockActions({
        userId: "UREP01",
        actions: [{ actionId: NUDGE_ACTIONS.confirm, value: confirm?.value ?? "" }],
        message: { ts: "1700000000.000100" },
        responseUrl: t.slack.responseUrl(),
      }),
    );
    const [redrawn] = await t.slack.waitFor("chat.update");
    expect(said(redrawn?.body.blocks)).toContain(s.confirmed);
  });
});

describe("channel posts in the team's language", () => {
  async function digestIn(env: Record<string, string>, saved?: string) {
    const t = await bootApp({
      clock: new FakeClock("2026-11-23T08:00:00Z"),
      env: { DEALBOT_CHANNEL_DIGEST: "CDIGEST1", ...env },
    });
    apps.push(t);
    if (saved)
      await t.db.workspace.upsert({
        where: { id: "default" },
        create: { locale: saved },
        update: { locale: saved },
      });
    // A Finnish rep's deal: the channel post still follows the team, not the rep.
    t.slack.addUser({ id: "UREP01", realName: "Rep", tz: "Europe/Helsinki", locale: "fi-FI" });
    await dealDriver(t).command("UREP01", "new Acme amount 12000 close 2026-11-30");
    await t.app.scheduler.runJob("weekly-digest", new Date("2026-11-23T08:00:00Z"));
    const [post] = t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === "CDIGEST1");
    return { text: String(post?.body.text), blocks: said(post?.body.blocks) };
  }

  it("is English by default", async () => {
    const { text, blocks } = await digestIn({});
    expect(text).toContain("Pipeline digest, week of Mon 23 Nov 2026: 1 open deal worth €12,000");
    expect(blocks).toContain("*Funnel* (open deals)");
  });

  it("follows DEALBOT_LANGUAGE", async () => {
    const { text, blocks } = await digestIn({ DEALBOT_LANGUAGE: "pl" });
    expect(said(text)).toContain(
      "Podsumowanie lejka, tydzień od pon., 23 listopada 2026: 1 otwarta szansa o wartości 12 000 €",
    );
    expect(blocks).toContain("*Lejek* (otwarte szanse)");
  });

  it("follows the language saved in /deal admin over the environment", async () => {
    const { text, blocks } = await digestIn({ DEALBOT_LANGUAGE: "pl" }, "uk");
    expect(said(text)).toContain(
      "Звіт по воронці, тиждень з пн, 23 листопада 2026 р.: 1 відкрита угода на 12 000 €",
    );
    expect(blocks).toContain("*Воронка* (відкриті угоди)");
  });
});

describe("a new team's defaults", () => {
  it("names the default stages and loss reasons in the team's language; English keys still work", async () => {
    const t = await bootApp({
      clock: new FakeClock("2026-11-23T08:00:00Z"),
      env: { DEALBOT_LANGUAGE: "fi" },
    });
    apps.push(t);
    const stages = await t.db.stage.findMany({ orderBy: { position: "asc" }, select: { name: true } });
    expect(stages.map((s) => s.name)).toEqual([
      "Liidi",
      "Kvalifioitu",
      "Tarjous",
      "Neuvottelu",
      "Voitettu",
      "Hävitty",
    ]);
    const reasons = await t.db.lossReason.findMany({ select: { label: true } });
    expect(reasons.map((r) => r.label)).toContain("Liian kallis");
    t.slack.addUser({ id: "UREP01", realName: "Rep", tz: "Europe/Helsinki", locale: "fi-FI" });
    const created = said(
      (await dealDriver(t).command("UREP01", "new Acme amount 5k stage proposal close huomenna")).reply,
    );
    expect(created).toContain("Tarjous");
  });
});
