import { afterEach, describe, expect, it } from "vitest";
import {
  ACTIONS,
  ADMIN_FORM,
  DEAL_FORM,
  NPS_ACTIONS,
  NPS_FORM,
  NPS_VIEWS,
  VALUE,
  VIEWS,
} from "../../src/slack/ids.js";
import { bootApp, TEST_ADMIN, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, textOf } from "../support/deal-driver.js";
import { blockActions } from "../support/slack-requests.js";
import {
  datePickerValue,
  plainTextValue,
  staticSelectValue,
  userSelectValue,
  type ViewState,
} from "../support/slack-view-state.js";

// The deal form, /deal show, /deal admin (form, problems, confirmation, quota), the NPS
// follow-up form and contact replies, each end to end in the reader's own language: the
// team language stays English, so everything below follows the person's Slack locale.

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

// As one string, quotes unescaped and Intl's no-break spaces as spaces.
const said = (value: unknown) =>
  (typeof value === "string" ? value : textOf(value)).replace(/\\"/g, '"').replace(/[\u00a0\u202f]/g, " ");

const CASES = [
  {
    lang: "en",
    locale: "en-GB",
    newTitle: "New deal",
    nameLabel: "Deal name",
    stageOption: "Lead (10%)",
    createSubmit: "Create",
    missing: {
      [DEAL_FORM.name]: "Give the deal a name, e.g. Acme Corp – 50 seats.",
      [DEAL_FORM.amount]: "Give an amount, e.g. 12k or 12,500.",
      [DEAL_FORM.stage]: "Pick a stage.",
      [DEAL_FORM.close]: "Pick the expected close date.",
      [DEAL_FORM.owner]: "Pick the deal's owner.",
    },
    negative: 'Amount "-5" is negative.',
    mismatch: "This amount is in USD but the currency field says EUR. Make them match.",
    created: "Created",
    amount: "€25,000",
    updateTitle: "Update deal #1",
    changedBy: "Changed by Rep while you were editing (amount: €25,000 → €30,000).",
    showClose: "*Expected close*",
    showHistory: "*Recent history*",
    showUpdate: "Update",
    lostUnknown: 'Loss reason "zzzz" is not one of:',
    lostDone: "Marked lost *#1 Acme*",
    adminTitle: "Team settings",
    adminTimezone: "Team timezone",
    badTimezone: '"Mars/Olympus" is not a timezone I know.',
    badStage: 'Line 2 "Demo" has no probability.',
    adminSaved: "Team settings saved:",
    repsOf: "Reps of Rep",
    quota: "Quota for the team, 2026-12: €50,000.",
    contactAdded: "Added contact *Maria*",
    outcomeTitle: "Detractor follow-up",
    outcomeMissing: "Say what came of the follow-up.",
    notYours: "Not your survey.",
  },
  {
    lang: "fi",
    locale: "fi-FI",
    newTitle: "Uusi kauppa",
    nameLabel: "Kaupan nimi",
    stageOption: "Lead (10 %)",
    createSubmit: "Luo",
    missing: {
      [DEAL_FORM.name]: "Anna kaupalle nimi, esim. Acme Oy – 50 lisenssiä.",
      [DEAL_FORM.amount]: "Anna kaupan arvo, esim. 12k tai 12 500.",
      [DEAL_FORM.stage]: "Valitse vaihe.",
      [DEAL_FORM.close]: "Valitse arvioitu sulkemispäivä.",
      [DEAL_FORM.owner]: "Valitse kaupalle vastuuhenkilö.",
    },
    negative: "Summa ”-5” on negatiivinen.",
    mismatch: "Arvo on valuutassa USD, mutta valuuttakentässä lukee EUR. Korjaa ne samoiksi.",
    created: "Luotu",
    amount: "25 000 €",
    updateTitle: "Päivitä kauppa #1",
    changedBy: "Rep muutti tätä muokkauksesi aikana (arvo: 25 000 € → 30 000 €).",
    showClose: "*Arvioitu sulkemispäivä*",
    showHistory: "*Viimeisimmät muutokset*",
    showUpdate: "Päivitä",
    lostUnknown: 'Häviön syy "zzzz" ei ole mikään näistä:',
    lostDone: "Hävitty *#1 Acme*",
    adminTitle: "Tiimin asetukset",
    adminTimezone: "Tiimin aikavyöhyke",
    badTimezone: '"Mars/Olympus" ei ole tuntemani aikavyöhyke.',
    badStage: 'Rivillä 2 "Demo" ei ole todennäköisyyttä.',
    adminSaved: "Tiimin asetukset tallennettu:",
    repsOf: "Rep: myyjät",
    quota: "Tavoite (koko tiimi), 2026-12: 50 000 €.",
    contactAdded: "Lisätty yhteyshenkilö *Maria*",
    outcomeTitle: "Arvostelijan seuranta",
    outcomeMissing: "Kerro, mihin yhteydenotto johti.",
    notYours: "Tämä kysely ei ole sinulle.",
  },
  {
    lang: "pl",
    locale: "pl-PL",
    newTitle: "Nowa szansa sprzedaży",
    nameLabel: "Nazwa szansy sprzedaży",
    stageOption: "Lead (10%)",
    createSubmit: "Utwórz",
    missing: {
      [DEAL_FORM.name]: "Podaj nazwę szansy, np. Acme sp. z o.o. – 50 licencji.",
      [DEAL_FORM.amount]: "Podaj kwotę, np. 12k lub 12 500.",
      [DEAL_FORM.stage]: "Wybierz etap.",
      [DEAL_FORM.close]: "Wybierz przewidywaną datę zamknięcia.",
      [DEAL_FORM.owner]: "Wybierz opiekuna szansy.",
    },
    negative: "Kwota „-5” jest ujemna.",
    mismatch: "Kwota jest w USD, a pole waluty wskazuje EUR. Popraw jedno z nich, żeby się zgadzały.",
    created: "Utworzono",
    amount: "25 000 €",
    updateTitle: "Edytuj szansę #1",
    changedBy: "W trakcie Twojej edycji zmianę wprowadził(a) Rep (kwota: 25 000 € → 30 000 €).",
    showClose: "*Przewidywane zamknięcie*",
    showHistory: "*Ostatnie zmiany*",
    showUpdate: "Aktualizuj",
    lostUnknown: 'Powodu przegranej "zzzz" nie ma na liście:',
    lostDone: "Przegrana *#1 Acme*",
    adminTitle: "Ustawienia zespołu",
    adminTimezone: "Strefa czasowa zespołu",
    badTimezone: 'Nie znam strefy czasowej "Mars/Olympus".',
    badStage: 'W wierszu 2 "Demo" brakuje prawdopodobieństwa.',
    adminSaved: "Zapisano ustawienia zespołu:",
    repsOf: "Handlowcy: Rep",
    quota: "Cel sprzedażowy dla zespołu, 2026-12: 50 000 €.",
    contactAdded: "Dodano kontakt *Maria*",
    outcomeTitle: "Kontakt z krytykiem",
    outcomeMissing: "Napisz, jak zakończył się kontakt.",
    notYours: "To nie jest Twoja ankieta.",
  },
  {
    lang: "ru",
    locale: "ru-RU",
    newTitle: "Новая сделка",
    nameLabel: "Название сделки",
    stageOption: "Lead (10%)",
    createSubmit: "Создать",
    missing: {
      [DEAL_FORM.name]: "Укажите название сделки, например: Acme – 50 лицензий.",
      [DEAL_FORM.amount]: "Укажите сумму, например: 12k или 12 500.",
      [DEAL_FORM.stage]: "Выберите этап.",
      [DEAL_FORM.close]: "Выберите ожидаемую дату закрытия.",
      [DEAL_FORM.owner]: "Выберите ответственного за сделку.",
    },
    negative: "Сумма «-5» отрицательная.",
    mismatch: "Сумма указана в USD, а в поле валюты — EUR. Приведите их в соответствие.",
    created: "Создана",
    amount: "25 000 €",
    updateTitle: "Изменить сделку #1",
    changedBy: "Пока вы редактировали, Rep внёс(ла) изменение (сумма: 25 000 € → 30 000 €).",
    showClose: "*Ожидаемое закрытие*",
    showHistory: "*Последние изменения*",
    showUpdate: "Обновить",
    lostUnknown: 'Причины проигрыша "zzzz" нет среди этих:',
    lostDone: "Проиграна *#1 Acme*",
    adminTitle: "Настройки команды",
    adminTimezone: "Часовой пояс команды",
    badTimezone: 'Часовой пояс "Mars/Olympus" мне неизвестен.',
    badStage: 'В строке 2 "Demo" нет вероятности.',
    adminSaved: "Настройки команды сохранены:",
    repsOf: "Менеджеры: Rep",
    quota: "План для команды, 2026-12: 50 000 €.",
    contactAdded: "Добавлен контакт *Maria*",
    outcomeTitle: "Работа с критиком",
    outcomeMissing: "Напишите, чем закончился контакт.",
    notYours: "Этот опрос не для вас.",
  },
] as const;

async function boot(locale: string) {
  const t = await bootApp({
    clock: new FakeClock("2026-11-26T10:00:00Z"),
    env: { DEALBOT_TIMEZONE: "Europe/Helsinki", DEALBOT_CURRENCY: "EUR" },
  });
  apps.push(t);
  t.slack.addUser({ id: "UREP01", realName: "Rep", tz: "Europe/Helsinki", locale });
  t.slack.addUser({ id: TEST_ADMIN, realName: "Ada Admin", tz: "Europe/Helsinki", locale });
  return { t, drive: dealDriver(t) };
}

const stageId = async (t: TestApp, key: string) =>
  String((await t.db.stage.findUniqueOrThrow({ where: { key } })).id);

async function dealForm(t: TestApp, overrides: Record<string, ViewState[string][string]> = {}) {
  const values: Record<string, ViewState[string][string]> = {
    [DEAL_FORM.name]: plainTextValue("Acme"),
    [DEAL_FORM.account]: plainTextValue(null),
    [DEAL_FORM.amount]: plainTextValue("25000"),
    [DEAL_FORM.currency]: plainTextValue("EUR"),
    [DEAL_FORM.stage]: staticSelectValue(await stageId(t, "lead")),
    [DEAL_FORM.close]: datePickerValue("2026-12-18"),
    [DEAL_FORM.next]: plainTextValue(null),
    [DEAL_FORM.nextDue]: datePickerValue(null),
    [DEAL_FORM.owner]: userSelectValue("UREP01"),
    [DEAL_FORM.probability]: plainTextValue(null),
    [DEAL_FORM.lossReason]: staticSelectValue(null),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(values).map(([block, value]) => [block, { [VALUE]: value }]),
  ) as ViewState;
}

function adminForm(timezone: string, stages: string): ViewState {
  const text = (value: string) => ({ [VALUE]: plainTextValue(value) });
  return {
    [ADMIN_FORM.timezone]: text(timezone),
    [ADMIN_FORM.currency]: text("EUR"),
    [ADMIN_FORM.stages]: text(stages),
    [ADMIN_FORM.lossReasons]: text("Price too high\nNo budget"),
    [ADMIN_FORM.managers]: { [ACTIONS.adminManagers]: { type: "multi_users_select", selected_users: [] } },
  } as unknown as ViewState;
}

const metadataOf = (modal: unknown) => String((modal as { private_metadata: string }).private_metadata);

describe.each(CASES)("$lang", (c) => {
  it("opens the deal form in the reader's language and says what is missing, then saves", async () => {
    const { t, drive } = await boot(c.locale);
    const opened = await drive.command("UREP01", "new Acme");
    const modal = said(opened.modal);
    for (const text of [c.newTitle, c.nameLabel, c.stageOption, c.createSubmit])
      expect(modal).toContain(text);

    const empty = await drive.submit(
      "UREP01",
      VIEWS.create,
      await dealForm(t, {
        [DEAL_FORM.name]: plainTextValue(null),
        [DEAL_FORM.amount]: plainTextValue(null),
        [DEAL_FORM.stage]: staticSelectValue(null),
        [DEAL_FORM.close]: datePickerValue(null),
        [DEAL_FORM.owner]: userSelectValue(null),
      }),
      metadataOf(opened.modal),
    );
    expect(empty.body).toEqual({ response_action: "errors", errors: c.missing });

    const mismatch = await drive.submit(
      "UREP01",
      VIEWS.create,
      await dealForm(t, { [DEAL_FORM.amount]: plainTextValue("$100") }),
      metadataOf(opened.modal),
    );
    expect(mismatch.body.errors).toEqual({ [DEAL_FORM.amount]: c.mismatch });
    // The parser's own problems come back in the form's language too.
    const negative = await drive.submit(
      "UREP01",
      VIEWS.create,
      await dealForm(t, { [DEAL_FORM.amount]: plainTextValue("-5") }),
      metadataOf(opened.modal),
    );
    expect(said(negative.body.errors?.[DEAL_FORM.amount])).toContain(c.negative);

    const saved = await drive.submit("UREP01", VIEWS.create, await dealForm(t), metadataOf(opened.modal));
    expect(saved.body).toEqual({ response_action: "clear" });
    const [confirmation] = await t.slack.waitForResponses();
    expect(said(confirmation?.body)).toContain(c.created);
    expect(said(confirmation?.body)).toContain(c.amount);
  });

  it("opens the update form in the reader's language and names who changed what meanwhile", async () => {
    const { t, drive } = await boot(c.locale);
    await drive.command("UREP01", "new Acme amount 25000 close 2026-12-31");
    const opened = await drive.command("UREP01", "update Acme");
    expect(said(opened.modal)).toContain(c.updateTitle);
    await drive.command("UREP01", "update Acme amount 30000");
    const stale = await drive.submit(
      "UREP01",
      VIEWS.update,
      await dealForm(t, { [DEAL_FORM.amount]: plainTextValue("27000") }),
      metadataOf(opened.modal),
    );
    expect(stale.body.response_action).toBe("errors");
    expect(said(stale.body.errors?.[DEAL_FORM.amount])).toContain(c.changedBy);
  });

  it("shows a deal and refuses an unknown loss reason in the reader's language", async () => {
    const { t, drive } = await boot(c.locale);
    await drive.command("UREP01", "new Acme amount 25000 close 2026-12-31");
    const shown = said((await drive.command("UREP01", "show Acme")).reply);
    for (const text of [c.showClose, c.showHistory, c.showUpdate, c.amount]) expect(shown).toContain(text);
    expect(said((await drive.command("UREP01", "lost Acme reason zzzz")).reply)).toContain(c.lostUnknown);
    // The Update button under it and Home's New deal open the forms in the same language.
    const deal = await t.db.deal.findFirstOrThrow();
    expect(said((await drive.click("UREP01", ACTIONS.edit, String(deal.id))).modal)).toContain(c.updateTitle);
    expect(said((await drive.click("UREP01", ACTIONS.homeNew, "")).modal)).toContain(c.newTitle);
    // The lost form's confirmation too.
    const lostForm = await drive.command("UREP01", "lost Acme");
    const reason = await t.db.lossReason.findFirstOrThrow({ orderBy: { position: "asc" } });
    const lost = await drive.submit(
      "UREP01",
      VIEWS.lost,
      { [DEAL_FORM.lossReason]: { [VALUE]: staticSelectValue(String(reason.id)) } },
      metadataOf(lostForm.modal),
    );
    expect(lost.body).toEqual({ response_action: "clear" });
    await expect.poll(() => said(t.slack.responses.map((r) => r.body))).toContain(c.lostDone);
  });

  it("runs /deal admin in the admin's language: form, problems, confirmation and quota", async () => {
    const { t, drive } = await boot(c.locale);
    const opened = await drive.command(TEST_ADMIN, "admin");
    expect(said(opened.modal)).toContain(c.adminTitle);
    expect(said(opened.modal)).toContain(c.adminTimezone);
    const metadata = metadataOf(opened.modal);
    // Picking a manager redraws the form with a box for their reps, still in the admin's language.
    await t.send(
      blockActions({
        userId: TEST_ADMIN,
        actions: [
          { actionId: ACTIONS.adminManagers, blockId: ADMIN_FORM.managers, type: "multi_users_select" },
        ],
        view: {
          callbackId: VIEWS.admin,
          viewId: "V_ADMIN",
          hash: "1700000000.admin",
          values: {
            ...adminForm("Europe/Helsinki", "Lead: 10%"),
            [ADMIN_FORM.managers]: {
              [ACTIONS.adminManagers]: { type: "multi_users_select", selected_users: ["UREP01"] },
            },
          } as unknown as ViewState,
          privateMetadata: metadata,
        },
      }),
    );
    const [redrawn] = await t.slack.waitFor("views.update");
    expect(said(redrawn?.body.view)).toContain(c.repsOf);
    expect(said(redrawn?.body.view)).toContain(c.adminTitle);
    const refused = await drive.submit(
      TEST_ADMIN,
      VIEWS.admin,
      adminForm("Mars/Olympus", "Lead: 10%\nDemo"),
      metadata,
    );
    expect(refused.body.response_action).toBe("errors");
    expect(said(refused.body.errors?.[ADMIN_FORM.timezone])).toContain(c.badTimezone);
    expect(said(refused.body.errors?.[ADMIN_FORM.stages])).toContain(c.badStage);
    const saved = await drive.submit(
      TEST_ADMIN,
      VIEWS.admin,
      adminForm("Europe/Helsinki", "Lead: 10%\nProposal: 50%"),
      metadata,
    );
    expect(saved.body).toEqual({ response_action: "clear" });
    const [confirmation] = await t.slack.waitForResponses();
    expect(said(confirmation?.body)).toContain(c.adminSaved);
    expect(said((await drive.command(TEST_ADMIN, "admin quota team 50k 2026-12")).reply)).toContain(c.quota);
  });

  it("answers contact commands and opens the detractor follow-up form in the reader's language", async () => {
    const { t, drive } = await boot(c.locale);
    const added = await drive.command("UREP01", "contact add Maria maria@acme.example account Acme");
    expect(said(added.reply)).toContain(c.contactAdded);

    const contact = await t.db.contact.findFirstOrThrow();
    const survey = await t.db.npsSurvey.create({
      data: {
        contactId: contact.id,
        accountId: contact.accountId,
        trigger: "manual",
        channel: "email",
        tokenHash: "0".repeat(64),
        expiresAt: new Date("2026-12-26T10:00:00Z"),
        status: "answered",
      },
    });
    const response = await t.db.npsResponse.create({
      data: { surveyId: survey.id, score: 3, respondedAt: t.clock.now() },
    });
    const clicked = await drive.click("UREP01", NPS_ACTIONS.outcome, String(response.id));
    expect(said(clicked.modal)).toContain(c.outcomeTitle);
    expect(said(clicked.modal)).toContain("Maria (Acme)");
    const empty = await drive.submit(
      "UREP01",
      NPS_VIEWS.outcome,
      { [NPS_FORM.outcome]: { [VALUE]: plainTextValue(null) } },
      metadataOf(clicked.modal),
    );
    expect(empty.body.errors).toEqual({ [NPS_FORM.outcome]: c.outcomeMissing });
  });

  it("keeps the comment form's errors in the contact's language, whoever submits it", async () => {
    const { t, drive } = await boot("en-GB");
    t.slack.addUser({ id: "UCUST01", realName: "Maria", tz: "UTC" });
    await drive.command("UREP01", "contact add Maria maria@acme.example account Acme");
    const added = await t.db.contact.findFirstOrThrow();
    const contact = await t.db.contact.update({
      where: { id: added.id },
      data: { slackUserId: "UCUST01", language: c.lang },
    });
    const survey = await t.db.npsSurvey.create({
      data: {
        contactId: contact.id,
        accountId: contact.accountId,
        trigger: "manual",
        channel: "slack",
        tokenHash: "1".repeat(64),
        expiresAt: new Date("2026-12-26T10:00:00Z"),
        status: "sent",
      },
    });
    const clicked = await drive.click(
      "UCUST01",
      `${NPS_ACTIONS.score}:8`,
      JSON.stringify({ s: survey.id, n: 8 }),
    );
    const mine = await drive.submit(
      "UREP01",
      NPS_VIEWS.comment,
      { [NPS_FORM.comment]: { [VALUE]: plainTextValue("not mine") } },
      metadataOf(clicked.modal),
    );
    expect(mine.body.errors).toEqual({ [NPS_FORM.comment]: c.notYours });
  });
});
