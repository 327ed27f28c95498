import type { CatalogMessages } from "./en.js";
import { ruSurfaces } from "./surfaces/ru.js";

// Русский: воронка продаж, сделка, этап, дата закрытия — как в русскоязычных CRM.
export const ru: CatalogMessages = {
  "language.name": "русский",
  "language.set": "Готово: теперь отвечаю вам по-русски. `/deal language auto` вернёт язык из Slack.",
  "language.auto": "Готово: отвечаю вам на языке вашего Slack ({language}).",
  "language.invalid": "Я не знаю языка `{input}`. Выберите один из: {choices} или `auto` (язык Slack).",
  "language.dateNote":
    "Даты: сегодня, завтра, в пятницу, в следующую пятницу, на следующей неделе, в конце месяца, 15 января, 15.01.2027, 2027-01-15 (можно и по-английски).",

  "help.intro":
    "*Dealbot* поддерживает вашу воронку продаж в актуальном состоянии прямо из Slack. Вот что умеет `/deal`:",
  "help.unknownIntro": "Я не знаю команды `{command}`. Вот что умеет `/deal`:",
  "help.text": "Как пользоваться /deal",
  "help.unknownText": "Неизвестная команда /deal «{command}». Попробуйте /deal help.",
  "help.new": "`/deal new Acme amount 12k stage proposal close в следующую пятницу` — новая сделка",
  "help.update":
    "`/deal update Acme stage negotiation close в конце месяца` — изменить поля (без полей откроется форма)",
  "help.list": "`/deal list` · `/deal list @ann stage proposal closing next month` — открытые сделки",
  "help.show": "`/deal show #42` — сделка и её история",
  "help.won":
    "`/deal won Acme` · `/deal lost Acme reason слишком дорого` — закрыть сделку как выигранную или проигранную",
  "help.undo": "`/deal undo` — отменить ваше последнее изменение (в течение 10 минут)",
  "help.away": "`/deal away until 04.01.2027` · `/deal away off` — приостановить еженедельные напоминания",
  "help.snooze":
    "`/deal snooze Acme until 15.01.2027 because клиент в отпуске` — не помечать сделку как зависшую до этой даты",
  "help.digest":
    "`/deal digest` — недельная сводка по воронке только для вас · `/deal forecast` — ваш месяц и квартал относительно плана",
  "help.contact":
    "`/deal contact add Мария maria@acme.ru account Acme lang ru` · `/deal contact list Acme` — контакты клиента",
  "help.nps": "`/deal nps send Acme` — отправить NPS-опрос сейчас (клиенту или одному контакту)",
  "help.admin":
    "`/deal admin` — настройки команды (администраторы) · `/deal admin quota @ann 50k 2026-12` — задать план",
  "help.language":
    "`/deal language ru` · `/deal language auto` — отвечать мне по-русски (en, fi, pl, uk, ru) или на языке Slack",
  "help.fields":
    "Поля: `name` (название), `account` (клиент), `amount` (12k, 1,2m, 12 500 €), `currency`, `stage` (этап), `close` (дата закрытия: в следующую пятницу, 15.01.2027), `next` (следующий шаг, при желании `by &lt;дата&gt;`), `owner @пользователь`, `probability`. Ссылайтесь на сделку через `#id` или часть названия. Слова команд — на английском.",

  "reply.nothingSaved": ":warning: Ничего не сохранено:\n{problems}",
  "reply.example": "Пример: `{example}`",
  "reply.unchanged": "Менять нечего: у сделки #{id} уже эти значения.",
  "reply.refused": ":no_entry: {reason} Ничего не изменено.",
  "reply.dealGone": "Этой сделки больше нет.",
  "reply.dealIdGone": "Сделки #{id} больше нет.",
  "reply.noMatch": "Не нашёл сделку по запросу «{query}». {tip}",
  "reply.noMatchSuggest": "Возможно, вы имели в виду {names}?",
  "reply.noMatchTip": "Посмотрите свои сделки через `/deal list` или укажите номер, например `#42`.",
  "reply.failed":
    ":warning: На стороне Dealbot произошла ошибка, и ваш запрос мог не примениться. Проверьте через `/deal list` и попробуйте ещё раз; если ошибка повторяется, сообщите администратору (код {ref}).",
  "reply.noWonStage":
    "У вашей команды нет этапа «выиграна». Администратор может добавить его через `/deal admin`.",
  "reply.conflict":
    ":warning: {deal} изменили, пока вы редактировали, поэтому ваше изменение *не* сохранено:\n{lines}",
  "reply.conflictLine": "• {change} (изменил(а) {who})",
  "reply.conflictNoDetails": "• (подробности недоступны)",
  "reply.conflictTip": "Посмотрите сделку ещё раз и повторите изменение, если оно ещё актуально.",

  "change.created": "Создана {deal}",
  "change.updated": "Обновлена {deal}",
  "change.won": "Выиграна :tada: {deal}",
  "change.lost": "Проиграна {deal}",
  "change.reopened": "Снова открыта {deal}",
  "change.undone": "Ваше изменение отменено: {deal}",
  "change.confirmed": "Подтверждена {deal}",
  "change.text": "{head}: {changes}",
  "change.field": "{field}: {to}",
  "change.fieldFromTo": "{field}: {from} → {to}",
  "change.interpreted": "Я понял так: {readings}",
  "change.undo.button": "Отменить",

  "undo.nothing": "За последние 10 минут у вас нет изменений, которые можно отменить.",
  "undo.tooLate":
    "Этому изменению больше 10 минут, его нельзя отменить. Верните значения через `/deal update`.",
  "undo.changedSince":
    ":warning: Сделку *{name}* изменили после вашей правки ({people}), и отмена перезаписала бы их работу. Ничего не изменено; используйте `/deal update`.",
  "undo.deleted": "Отменено: новая сделка *{name}* удалена.",
  "away.back": "С возвращением! Еженедельные напоминания снова включены.",
  "away.past": "{date} уже прошло. Укажите последний день вашего отсутствия.",
  "away.set": "Хорошего отдыха! Никаких еженедельных напоминаний до {date} (включительно).",
  "away.setTip": "Вернулись раньше? `/deal away off`",
  "snooze.future": "Отложите до дня позже сегодняшнего, например {example}.",

  "deal.closes": "закрытие {date}",
  "deal.closed": "{status, select, won {выиграна} lost {проиграна} other {закрыта}} {date}",
  "deal.closedNoDate": "{status, select, won {выиграна} lost {проиграна} other {закрыта}}",
  "deal.stale":
    ":hourglass: без обновлений {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
  "deal.unknownStage": "этап {id}",
  "deal.unknownReason": "причина {id}",
  "field.name": "название",
  "field.account": "клиент",
  "field.amountMinor": "сумма",
  "field.currency": "валюта",
  "field.stageId": "этап",
  "field.closeOn": "дата закрытия",
  "field.nextStep": "следующий шаг",
  "field.nextStepDue": "срок следующего шага",
  "field.ownerId": "ответственный",
  "field.probability": "вероятность",
  "field.status": "статус",
  "field.lossReasonId": "причина проигрыша",
  "field.lossNote": "комментарий к проигрышу",
  "field.closedAt": "закрыта",
  "field.snoozedUntil": "отложена до",
  "field.snoozeReason": "причина откладывания",
  "help.log":
    "`/deal log call Acme out оставил голосовое сообщение` — записать звонок, встречу, письмо, демо или задачу (считается активностью) · `/deal account Acme segment Enterprise` — задать сегмент клиента",
  "field.forecastCategory": "категория прогноза",
  "nudge.won.button": "Выиграна",
  "nudge.pastDue": ":rotating_light: *Дата закрытия {date} прошла*",
  "help.forecastCategory":
    "`/deal update Acme forecast commit` — категория прогноза: commit (гарантированно), best (лучший сценарий), pipeline или omit (вне прогноза)",
  "help.forecastTeam":
    "`/deal forecast team` — ваша команда по менеджерам (руководители) · `/deal forecast team call 250k quarter` — зафиксировать свой прогноз",
  "help.stats":
    "`/deal stats` · `/deal stats @ann` — доля выигранных сделок, цикл сделки, средний чек, конверсия в сравнении с командой, самый слабый этап",

  "list.none": "{self, select, yes {Ваши открытые сделки} other {Открытые сделки <@{owner}>}}{filters}: нет.",
  "list.noneTip": "Создайте сделку: `/deal new Acme amount 12k close в следующую пятницу`.",
  "list.heading":
    "*{self, select, yes {Ваши открытые сделки} other {Открытые сделки <@{owner}>}}{filters}: {total}*",
  "list.text": "{self, select, yes {Ваши открытые сделки} other {Открытые сделки {owner}}}: {total}",
  "list.filters": " ({filters})",
  "list.filterStage": "этап {stage}",
  "list.filterClosing": "закрытие {period}",
  "list.month": "*Закрытие: {month}* · {count} · {total}",
  "list.more": "…и ещё {count}. Сузьте список: `/deal list stage proposal closing this month`.",
  "blocks.more": "_…и ещё {count}, не показаны._",

  "nudge.header":
    "Еженедельная проверка воронки: {count, plural, one {# сделка требует} few {# сделки требуют} many {# сделок требуют} other {# сделки требуют}} внимания",
  "nudge.done.header": "Всё готово, спасибо!",
  "nudge.intro": "Эти сделки давно не обновлялись. Один клик на каждую — и ваш прогноз остаётся честным:",
  "nudge.doneIntro": "Все сделки из этого списка обработаны. Ваш прогноз актуален.",
  "nudge.outcomeConfirmed": ":white_check_mark: Идёт по плану: подтверждено.",
  "nudge.outcomeUpdated": ":pencil2: Обновлено.",
  "nudge.outcomePushed": ":calendar: Дата закрытия перенесена на {date}.",
  "nudge.outcomeLost": ":x: Отмечена как проигранная.",
  "nudge.outcomeWon": ":tada: Выиграна.",
  "nudge.outcomeDone": ":ballot_box_with_check: Готово.",
  "nudge.confirm.button": "Идёт по плану",
  "nudge.update.button": "Обновить…",
  "nudge.push.button": "Перенести…",
  "nudge.lost.button": "Проиграна…",
  "nudge.all.button": "Все {count} по плану",
  "nudge.more.button": "Показать остальные",
  "nudge.rest": "…и ещё {count}.",
  "nudge.footer":
    "В отпуске? `/deal away until &lt;дата&gt;` приостанавливает эти напоминания. Ждёте клиента? `/deal snooze &lt;сделка&gt; until &lt;дата&gt; because &lt;причина&gt;`.",
  "nudge.text":
    "Еженедельная проверка воронки: {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} давно без обновлений.",
  "nudge.doneText": "Еженедельная проверка воронки: всё готово.",

  "chooser.question": "Запросу «{query}» соответствует несколько сделок. Какую вы имели в виду?",
  "chooser.more": "…и другие. Укажите номер сделки (например `#{id}`) или более длинную часть названия.",
  "chooser.text": 'Запросу "{query}" соответствует несколько сделок. Какую вы имели в виду?',

  // --- Pickers: which stage, which contact (issue 12); a private channel in /deal admin
  "picker.stageQuestion": "Этап «{typed}» может означать: {names}. Какой вы имели в виду?",
  "picker.contactQuestion": "Запросу «{query}» соответствует несколько контактов. Кому отправить опрос?",
  "picker.contactMore": "…и ещё {count}. Введите более длинную часть имени или email.",
  "picker.noEmail": "без email",
  "picker.send.button": "Отправить опрос",
  "picker.privateChannel":
    ":warning: {channel} — приватный канал: пригласите туда @Dealbot (`/invite @Dealbot` в {channel}), иначе сообщения туда не будут доставлены.",
  "picker.privateChannelTip":
    "Настройки сохранены. Для публичных каналов ничего делать не нужно: Dealbot присоединяется к ним сам.",

  "digest.header": "Отчёт по воронке · {date}",
  "digest.more": "_…и ещё {count}_",
  "digest.funnel": "*Воронка* (открытые сделки)",
  "digest.funnelEmpty":
    "Открытых сделок пока нет. Менеджеры добавляют их через `/deal new Acme amount 12k close в следующую пятницу`.",
  "digest.stageLine":
    "*{stage}* ({probability}%): {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} · {amount} · взвешенно {weighted}",
  "digest.stageChange": "{line} · {count} / {amount}",
  "digest.stageChangeSince": "{line} · {count} / {amount} с {date}",
  "digest.total":
    "*Итого*: {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} · {amount} · взвешенно {weighted}",
  "digest.noLastWeek": "Данных за прошлую неделю пока нет: изменения появятся со следующей недели.",
  "digest.hygiene": "*Гигиена воронки*",
  "digest.hygieneNoOpen": "Открытых сделок нет.",
  "digest.pastDueNone":
    "Просроченные открытые сделки: 0 сделок, {amount} (все даты закрытия — сегодня или позже).",
  "digest.pastDue":
    ":rotating_light: *Просроченные открытые сделки: {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}, {amount}*: дата закрытия прошла. Они не входят в прогноз ни одного периода, пока ответственные не перенесут дату, не выиграют или не проиграют их.",
  "digest.hygieneCounts":
    "Без следующего шага: {noNextStep, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} · без активности 30+ дней: {quiet, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} (из {open, plural, one {# открытой сделки} few {# открытых сделок} many {# открытых сделок} other {# открытой сделки}})",
  "digest.timeInStage": "*Время на этапе* (типичное = медиана пребываний, завершившихся за 12 месяцев)",
  "digest.stageTimeLine": "{stage}: {typical} · {open}",
  "digest.typical": "обычно {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
  "digest.typicalUnknown":
    "типичное время неизвестно ({stays, plural, one {# завершённое пребывание} few {# завершённых пребывания} many {# завершённых пребываний} other {# завершённого пребывания}})",
  "digest.stageNoOpen": "нет открытых сделок",
  "digest.stageOpen":
    "{count, plural, one {# открытая сделка} few {# открытые сделки} many {# открытых сделок} other {# открытой сделки}}, медиана {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} на этапе",
  "digest.stageBeyond": ":hourglass: {count} намного дольше обычного (более {days} дн.)",
  "digest.conversion":
    "*Конверсия* (сделки, вошедшие в этап за последние 90 дней и успевшие продвинуться, рядом с 9 месяцами до этого)",
  "digest.conversionEmpty": "Пока мало истории: нет смен этапов за последние 12 месяцев.",
  "digest.conversionLine": "{from} → {to}: {now} · ранее: {reference}",
  "digest.conversionRate": "{rate} ({advanced} из {matured})",
  "digest.conversionTooEarly": "пока рано",
  "digest.conversionNoDeals": "нет сделок",
  "digest.conversionUndecided": "{count} ещё не решено",
  "digest.conversionReference":
    "{rate} ({count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}})",
  "digest.bottleneck":
    ":warning: *Узкое место: {from} → {to}* конвертирует {rate} ({advanced} из {matured}) против {reference} ранее: больше, чем объясняет случайность.",
  "digest.forecast": "*Прогноз* относительно плана",
  "digest.accuracy": "*Точность прогноза* (Commit на начало месяца против выигранного)",
  "digest.accuracyNone": "Снимка на начало месяца ещё нет: точность появится после первого полного месяца.",
  "digest.accuracyMonth":
    "*{month}*: Commit {commit} на 1-е число, выиграно {won}{pct, select, none {} other { ({pct}% от Commit)}}",
  "digest.accuracyTrend": "Выиграно в % от Commit на 1-е число ({months}):",
  "digest.accuracyNoCommit": "нет Commit",
  "digest.accuracyOffBy": "в среднем ошибка {pct}%",
  "digest.accuracyTeam": "Команда",
  "digest.lossReasons": "*Причины проигрышей* (последние 90 дней)",
  "digest.lossNone": "За последние 90 дней ни одной проигранной сделки.",
  "digest.lossLine":
    "{reason}: {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} · {amount}",
  "digest.costliest": "Самая дорогая: *{reason}* ({amount})",
  "digest.reps": "*Менеджеры*: активность этой недели; выигрыши и стабильность за 12 месяцев",
  "digest.repsNone": "Пока нет активности и выигрышей.",
  "digest.repLine":
    "<@{user}>: обновлений {updates} · продвинуто {advanced} · ответы на напоминания {answered}/{sent} · выиграно {won} ({amount}){largest, select, none {} other { · крупнейшая сделка — {largest}% суммы}} · выигрыши в {months}/12 месяцев",
  "digest.tops": "*Успехи и провалы* (7 дней с {date})",
  "digest.topWon": ":trophy: Выиграна {deal}",
  "digest.topLost": ":x: Проиграна {deal}",
  "digest.topSlipped": ":hourglass: Перенесена {deal} · {from} → {to}",
  "digest.topsNone": "За эти семь дней ни выигрышей, ни проигрышей, ни переносов.",
  "digest.keyAccounts": "*Ключевые клиенты* ({year})",
  "digest.keyNone": "В этом году пока нет выручки от клиентов.",
  "digest.keyIntro": "{key} из {total} клиентов дают 80% выручки этого года ({keyRevenue} из {revenue}):",
  "digest.inactiveIntro":
    "{count, plural, one {# клиент} few {# клиента} many {# клиентов} other {# клиента}} без активности по сделкам 90 дней:",
  "digest.inactiveLast": "{account} (последний раз {date})",
  "digest.inactiveNever": "{account} (нет сделок)",
  "digest.currencyNote": "Суммы в {currency}. Сделки в других валютах не учитываются.",
  "digest.text":
    "Отчёт по воронке, неделя с {date}: {count, plural, one {# открытая сделка} few {# открытые сделки} many {# открытых сделок} other {# открытой сделки}} на {amount} (взвешенно {weighted}); {month}: выиграно {won}, Commit-прогноз {committed}, лучший сценарий {bestCase}; просрочено {pastDue, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} ({pastDueAmount}){target, select, none {.} other {, план {target}.}}",
  "forecast.line":
    "*{label}*: выиграно {won} ({wonCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}) · открытые к закрытию {open} ({openCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}), взвешенно {weighted}",
  "forecast.categories":
    "Commit (сделки в категории Commit): {committed} ({committedCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}) · Лучший сценарий: {best} ({bestCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}})",
  "forecast.targetNone": "План: не задан (`/deal admin quota team 100k {period}`)",
  "forecast.target":
    "План: {target}{source, select, quota {} reps { (сумма планов менеджеров)} months { (сумма месячных планов)} other {}}",
  "forecast.committed":
    "Commit-прогноз (выиграно + Commit): {amount}{pct, select, none {} other { ({pct}% плана)}}",
  "forecast.bestCase":
    "Лучший сценарий (выиграно + Commit + Best case): {amount}{pct, select, none {} other { ({pct}% плана)}}",
  "forecast.weighted":
    "Взвешенный прогноз (выиграно + взвешенные открытые): {amount}{pct, select, none {} other { ({pct}% плана)}}",
  "forecast.historical":
    "Исторический прогноз (выиграно + открытые × доля выигрышей команды по этапу): {amount}{pct, select, none {} other { ({pct}% плана)}}{fallback, select, yes { (вероятность этапа, где нет истории)} other {}}",
  "forecast.gap":
    "Commit-прогноз на {amount} {direction, select, above {выше} other {ниже}}, чем предсказывает история.",
  "forecast.gapToTarget": "До плана не хватает: {amount}",
  "digest.rolling": "*Скользящий обзор: два следующих квартала* (открытые сделки по дате закрытия)",
  "digest.rollingLine":
    "*{label}*: открыто {open} ({openCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}) · commit {commit} · лучший сценарий {best} · взвешенный {weighted} · исторический {historical}{target, select, none {} other { · план {target}}}",
  "accuracyPost.heading":
    ":dart: *Точность прогноза, {month}*: commit менеджеров на 1-е число против выигранного",
  "accuracyPost.text": "Точность прогноза, {month}: commit {commit} на 1-е число, выиграно {won}.",
  "accuracyPost.textNone": "Точность прогноза, {month}: ещё нет снимка на начало месяца для сравнения.",
  "accuracyPost.note":
    "Суммы в {currency}. Commit = выигранные + сделки в категории Commit на 1-е число. Еженедельный дайджест содержит те же строки.",
  "homeForecast.managersOnly": "Прогноз команды записывают руководители: ваш — /deal forecast.",
  "homeForecast.header": "Прогноз вашей команды",
  "homeForecast.period":
    "*{label}* · команда: выиграно {won} · commit {commit} · лучший сценарий {best}{target, select, none {} other { · план {target}}}",
  "homeForecast.rep":
    "{rep}: выиграно {won} · commit {commit} · лучший сценарий {best}{target, select, none {} other { · план {target}}}",
  "homeForecast.call": "Ваш прогноз: *{amount}* ({date})",
  "homeForecast.noCall": "Ваш прогноз: ещё не записан.",
  "homeForecast.button": "Записать свой прогноз",
  "homeForecast.legend":
    "Суммы в {currency}. Commit = выигранные + сделки в категории Commit; лучший сценарий добавляет сделки из Best case. Те же цифры, что и /deal forecast team.",
  "homeForecast.month": "Этот месяц",
  "homeForecast.quarter": "Этот квартал",
  "homeForecast.title": "Ваш прогноз",
  "homeForecast.submit": "Сохранить",
  "homeForecast.close": "Отмена",
  "homeForecast.amountLabel": "Ваш прогноз ({currency})",
  "homeForecast.periodLabel": "На период",
  "homeForecast.currency": "Запишите прогноз в валюте команды, {currency}.",
  "risk.pastDueEarlier":
    "*Просрочены с прошлых месяцев:* {amount} в {count, plural, one {# сделке} few {# сделках} many {# сделках} other {# сделки}}, всё ещё открыты: каждая отмечена ниже.",
  "admin.stagesHint":
    "Один этап на строку с вероятностью выигрыша, напр. Предложение: 50%. Допишите после неё commit, best, pipeline или omit, чтобы задать категорию прогноза по умолчанию для открытых сделок этапа (Переговоры: 75% commit); без этого этапы от 75% по умолчанию идут в Best case, остальные — в Pipeline. Выиграно и Проиграно есть всегда. Пропущенный этап выводится из использования, но не пока в нём есть открытые сделки.",
  "form.forecastCategory": "Категория прогноза",
  "form.forecastCategoryHint":
    "Commit: вы ручаетесь, что сделка закроется к своей дате. Если оставить выбор без изменений, у сделки сохранится текущая настройка.",
  "forecast.category.commit": "Commit (гарантированно)",
  "forecast.category.best": "Лучший сценарий",
  "forecast.category.pipeline": "Pipeline (в воронке)",
  "forecast.category.omit": "Вне прогноза",
  "growth.flow": "*Поток новых сделок*",
  "growth.flowLine":
    "{label}: {deals, plural, one {# новая сделка} few {# новые сделки} many {# новых сделок} other {# новой сделки}} на {amount} · {customers, plural, one {# новый клиент} few {# новых клиента} many {# новых клиентов} other {# нового клиента}}",
  "growth.week": "Последние 7 дней",
  "growth.month": "Этот месяц ({month})",
  "growth.segments": "*По сегментам* (открытые сейчас; выигранные в этом квартале)",
  "growth.noSegment": "_Без сегмента_",
  "growth.segmentLine":
    "{segment}: открытые {open} ({openCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}) · выиграно в этом квартале {won} ({wonCount})",
  "growth.activity": "*Активность продаж* (прошлая неделя)",
  "growth.calls":
    "{out, plural, one {# исходящий звонок} few {# исходящих звонка} many {# исходящих звонков} other {# исходящего звонка}}, входящих: {in}",
  "growth.meetings": "{count, plural, one {# встреча} few {# встречи} many {# встреч} other {# встречи}}",
  "growth.emails": "{count, plural, one {# письмо} few {# письма} many {# писем} other {# письма}}",
  "growth.demos":
    "{count, plural, one {# демонстрация} few {# демонстрации} many {# демонстраций} other {# демонстрации}}",
  "growth.tasks": "{count, plural, one {# задача} few {# задачи} many {# задач} other {# задачи}}",
  "growth.noActivity": "активность не записана",
  "growth.upkeep": "*Актуальность контактов* ({month})",
  "growth.added": "Добавлено контактов: {list}",
  "growth.bounced": "Недоставленные письма: {list}",
  "growth.quiet": "Без ответа и проверки 12 месяцев: {list}",
  "growth.none": "нет",
  "growth.imports": "импорт",
  "growth.accounts": "{count, plural, one {# клиент} few {# клиента} many {# клиентов} other {# клиента}}",
  "digest.chartNote": "Диаграмма приходит с еженедельным постом в канале сводок.",

  "survey.title": "Ваш отзыв",
  "survey.question": "Насколько вероятно, что вы порекомендуете нас другу или коллеге?",
  "survey.low": "0 = совсем маловероятно",
  "survey.high": "10 = очень вероятно",
  "survey.commentLabel": "Какова главная причина вашей оценки? (необязательно)",
  "survey.send": "Отправить",
  "survey.pickScore": "Выберите оценку от 0 до 10.",
  "survey.thanks": "Спасибо за ваш ответ!",
  "survey.canChangeUntil": "Вы можете изменить ответ до {date}.",
  "survey.closed": "Ваш ответ сохранён, изменить его уже нельзя. Спасибо!",
  "survey.stale": "Эта форма уже отправлена или устарела. Вот ваш текущий ответ; при желании измените его.",
  "survey.hello": "Здравствуйте, {name}!",
  "survey.emailIntro": "Нам важно знать, как мы работаем. Достаточно одного клика:",
  "survey.emailSubject": "Порекомендуете ли вы нас?",
  "survey.unsubscribeLink": "Не хотите получать эти письма? Отписаться",
  "survey.unsubscribed": "Вы отписались. Мы больше не будем присылать вам эти опросы.",
  "survey.invalidTitle": "Ссылка недействительна",
  "survey.invalidBody": "Проверьте, что вы открыли ссылку из письма целиком.",
  "survey.expiredTitle": "Опрос закрыт",
  "survey.expiredBody": "Ссылке больше 30 дней. Всё равно спасибо!",
  "survey.tooMany": "Слишком много запросов. Попробуйте через минуту.",
  "survey.comment.title": "Ваш отзыв",

  "home.none": "нет открытых сделок",
  "home.totals":
    "{count, plural, one {# открытая} few {# открытые} many {# открытых} other {# открытой}} · {amount} · взвешенно {weighted}",
  "home.pipeline.header": "Ваша воронка продаж",
  "home.open": "*Открытые:* {totals}",
  "home.new.button": "Новая сделка",
  "home.refresh.button": "Обновить",
  "home.empty":
    "У вас нет открытых сделок. Создайте сделку кнопкой выше или из любого канала: `/deal new Acme amount 12k close в следующую пятницу`.",
  "home.stale":
    ":hourglass: {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} давно без обновлений: подтвердите или обновите.",
  "home.month": "*Закрытие: {month}*",
  "home.update.button": "Обновить",
  "home.more": "…и ещё {count} открытых сделок. Все — через `/deal list`.",
  "home.team.header": "Ваша команда",
  "home.teamEmpty": "Вам пока никто не подчиняется. Администратор настраивает команды через `/deal admin`.",

  "setup.stage.lead": "Лид",
  "setup.stage.qualified": "Квалификация",
  "setup.stage.proposal": "Коммерческое предложение",
  "setup.stage.negotiation": "Переговоры",
  "setup.stage.won": "Выиграна",
  "setup.stage.lost": "Проиграна",
  "setup.reason.price": "Слишком высокая цена",
  "setup.reason.competitor": "Выбрали конкурента",
  "setup.reason.no-budget": "Нет бюджета",
  "setup.reason.no-decision": "Нет решения / зависла",
  "setup.reason.timing": "Неудачное время",
  "setup.reason.product-fit": "Продукт не подходит",
  "setup.reason.other": "Другое",
  ...ruSurfaces,
};
