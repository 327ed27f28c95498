import { afterEach, describe, expect, it } from "vitest";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver } from "../support/deal-driver.js";

// Parser errors and stage matching, end to end: what a rep typed wrong is explained in the
// rep's own Slack language, with an example of the right form (English command words, which
// always work; dates the rep's language can type).

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

/** What the rep reads: the message's text, no-break spaces as spaces. */
const said = (answer: Record<string, unknown> | undefined) =>
  String(answer?.text ?? "").replace(/[\u00a0\u202f]/g, " ");

const LONG_STAGE = "x".repeat(101);

const CASES = [
  {
    lang: "en",
    period: "closing 1 Dec 2026 – 31 Dec 2026",
    locale: "en-GB",
    noDeal:
      'Which deal? Start with its number or name, e.g. /deal update Acme stage proposal amount 12k close next friday. If a name or value holds a field word, put it in quotes: "Next Gen Ltd".',
    amount: 'Amount "-5" is negative. Amounts must be 0 or more, e.g. 5k.',
    close:
      'Close date "soonish" is not a date I understand. Try friday, next friday, 15 Jan, 2027-01-15, in 2 weeks or end of month.',
    stage: 'Stage "zzz" is not one of the team\'s stages: ',
    away: 'Away until "31.2.2027" is not a real date: February 2027 has 28 days. Try 2027-02-28.',
    closing: 'Closing "whenever" is not a date I understand. Try this month, next quarter',
    tooLong: "Stage is 101 characters; the most is 100.",
    lost: "A lost deal needs a reason, e.g. /deal lost Acme reason price.",
  },
  {
    lang: "fi",
    period: "sulkeutuu 1.–31.12.2026",
    locale: "fi-FI",
    noDeal:
      "Mikä kauppa? Aloita sen numerolla tai nimellä, esim. /deal update Acme stage proposal amount 12k close ensi perjantaina. Jos nimessä tai arvossa on kenttäsana, laita se lainausmerkkeihin: ”Next Gen Oy”.",
    amount: "Summa ”-5” on negatiivinen. Summan on oltava vähintään 0, esim. 5k.",
    close:
      "Sulkemispäivä ”soonish” ei ole päivämäärä, jonka ymmärrän. Kokeile esim. perjantaina, ensi perjantaina, 15.1.2027, 2027-01-15, 2 viikon päästä tai kuun lopussa.",
    stage: "Vaihe ”zzz” ei ole tiimin vaiheissa (",
    away: "Poissaolon päättymispäivä ”31.2.2027” ei ole oikea päivämäärä (helmikuu 2027: 28 päivää). Kokeile 2027-02-28.",
    closing: "Sulkemisjakso ”whenever” ei ole päivämäärä, jonka ymmärrän. Kokeile esim. this month",
    tooLong: "Vaihe on 101 merkkiä pitkä; enintään 100 merkkiä sallitaan.",
    lost: "Hävitty kauppa tarvitsee syyn, esim. /deal lost Acme reason price.",
  },
  {
    lang: "pl",
    period: "zamknięcie 1–31 grudnia 2026",
    locale: "pl-PL",
    noDeal:
      "Która szansa? Zacznij od jej numeru lub nazwy, np. /deal update Acme stage proposal amount 12k close next friday.",
    amount: "Kwota „-5” jest ujemna. Kwota musi wynosić co najmniej 0, np. 5k.",
    close:
      "Data zamknięcia: „soonish” to nie jest data, którą rozumiem. Wpisz datę po angielsku lub liczbowo, np. friday, next friday",
    stage: "Etapu „zzz” nie ma wśród etapów zespołu: ",
    away: "Data powrotu: „31.2.2027” to nie jest prawdziwa data, luty 2027 ma 28 dni. Spróbuj 2027-02-28.",
    closing: "Okres zamknięcia: „whenever” to nie jest data, którą rozumiem.",
    tooLong: "Etap: 101 znaków, a dozwolone jest najwyżej 100.",
    lost: "Przegrana szansa wymaga powodu, np. /deal lost Acme reason price.",
  },
  {
    lang: "ru",
    period: "закрытие 1–31 декабря 2026 г.",
    locale: "ru-RU",
    noDeal:
      "Какая сделка? Начните с её номера или названия, например /deal update Acme stage proposal amount 12k close в следующую пятницу.",
    amount: "Сумма «-5» отрицательная. Сумма должна быть не меньше 0, например 5k.",
    close:
      "Дата закрытия: «soonish» — это не дата, которую я понимаю. Попробуйте, например, в пятницу, в следующую пятницу",
    stage: "Этапа «zzz» нет среди этапов команды: ",
    away: "Дата возвращения: «31.2.2027» — несуществующая дата (февраль 2027 г. — 28 дней). Попробуйте 2027-02-28.",
    closing: "Период закрытия: «whenever» — это не дата, которую я понимаю.",
    // 101 is "one" in Russian: 101 символ.
    tooLong: "Этап: 101 символ, а можно не больше 100.",
    lost: "Для проигранной сделки нужна причина, например /deal lost Acme reason price.",
  },
] as const;

async function boot(locale: string) {
  const t = await bootApp({ clock: new FakeClock("2026-11-23T08:00:00Z") });
  apps.push(t);
  t.slack.addUser({ id: "UREP01", realName: "Rep", tz: "Europe/Helsinki", locale });
  const drive = dealDriver(t);
  // The first command reads the rep's Slack locale; later answers need nothing else.
  await drive.command("UREP01", "new Acme amount 20000 close 2026-12-31");
  const ask = async (text: string) => {
    const { ack, reply } = await drive.command("UREP01", text);
    return said(ack ?? reply);
  };
  return { t, ask, drive };
}

describe.each(CASES)("parser errors in $lang", (c) => {
  it("explains a command used wrongly, a field value it can't read, and a stage that isn't the team's", async () => {
    const { t, ask, drive } = await boot(c.locale);
    expect(await ask("update")).toContain(c.noDeal);

    const fields = await ask("new Beta amount -5 close soonish");
    expect(fields).toContain(c.amount);
    expect(fields).toContain(c.close);

    expect(await ask("update Acme stage zzz")).toContain(c.stage);
    expect(await ask(`update Acme stage ${LONG_STAGE}`)).toContain(c.tooLong);
    expect(await ask("update Acme stage lost")).toContain(c.lost);
    expect(await ask("away until 31.2.2027")).toContain(c.away);
    expect(await ask("list closing whenever")).toContain(c.closing);
    // A period that reads is shown back in the reader's way of writing dates.
    const listed = await drive.command("UREP01", "list closing dec 2026");
    expect(JSON.stringify(listed.ack ?? listed.reply).replace(/[\u00a0\u202f\u2009]/g, " ")).toContain(
      c.period,
    );

    // Nothing was saved by any of them: Acme is still the only deal, unchanged.
    const deals = await t.db.deal.findMany({ select: { name: true, amountMinor: true } });
    expect(deals).toEqual([{ name: "Acme", amountMinor: 2_000_000n }]);
  });
});

describe("dates typed in the rep's language", () => {
  it("a Finnish example in an error is one the Finnish reader accepts", async () => {
    const { ask } = await boot("fi-FI");
    expect(await ask("update Acme close ensi perjantaina")).toContain(
      "sulkemispäivä: to 31.12.2026 → pe 4.12.2026",
    );
  });
});

describe("subcommand words in the rep's language", () => {
  it("creates and lists deals with Finnish and Russian subcommands, and help lists them", async () => {
    const { t, ask, drive } = await boot("fi-FI");
    expect(await ask("uusi Beta amount 5000 close ensi perjantaina")).toContain("Beta");
    const beta = await t.db.deal.findFirst({ where: { name: "Beta" }, select: { closeOn: true } });
    expect(beta?.closeOn).toBeDefined();
    const listed = await drive.command("UREP01", "listaa");
    expect(JSON.stringify(listed.ack ?? listed.reply)).toContain("Beta");
    const help = await drive.command("UREP01", "ohje");
    expect(JSON.stringify(help.ack ?? help.reply)).toContain("Komennot käyvät myös suomeksi: `uusi` (new)");
    // A word that is no subcommand in any language is still "I don't know".
    expect(await ask("frobnicate")).toContain("Tuntematon /deal-komento");

    t.slack.addUser({ id: "UREP02", realName: "Rep", tz: "Europe/Moscow", locale: "ru-RU" });
    await drive.command("UREP02", "новая Gamma amount 7000 close 2026-12-31");
    const theirs = await drive.command("UREP02", "список");
    expect(JSON.stringify(theirs.ack ?? theirs.reply)).toContain("Gamma");
    const russianHelp = await drive.command("UREP02", "помощь");
    expect(JSON.stringify(russianHelp.ack ?? russianHelp.reply)).toContain("Команды работают и по-русски");
  });

  it("English help shows no alias note", async () => {
    const { ask, drive } = await boot("en-GB");
    await ask("help");
    const help = await drive.command("UREP01", "help");
    expect(JSON.stringify(help.ack ?? help.reply)).not.toContain("aliases");
    expect((help.ack ?? help.reply)?.blocks).toMatchObject([{}, {}, { type: "context", elements: [{}, {}] }]);
  });
});
