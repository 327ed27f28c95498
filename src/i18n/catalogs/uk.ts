import type { CatalogMessages } from "./en.js";
import { ukSurfaces } from "./surfaces/uk.js";

// Українська: воронка продажів, угода, етап, дата закриття — як у CRM українських команд.
export const uk: CatalogMessages = {
  "language.name": "українська",
  "language.set":
    "Готово: відтепер відповідаю вам українською. `/deal language auto` повертає мову зі Slack.",
  "language.auto": "Готово: відповідаю вам мовою вашого Slack ({language}).",
  "language.invalid": "Я не знаю мови `{input}`. Оберіть одну з: {choices} або `auto` (мова Slack).",
  "language.dateNote":
    "Дати: сьогодні, завтра, у п'ятницю, наступної п'ятниці, наступного тижня, в кінці місяця, 15 січня, 15.01.2027, 2027-01-15 (англійською теж можна).",

  "help.intro": "*Dealbot* підтримує вашу воронку продажів актуальною просто зі Slack. Ось що вміє `/deal`:",
  "help.unknownIntro": "Я не знаю команди `{command}`. Ось що вміє `/deal`:",
  "help.text": "Як користуватися /deal",
  "help.unknownText": "Невідома команда /deal «{command}». Спробуйте /deal help.",
  "help.new": "`/deal new Acme amount 12k stage proposal close наступної п'ятниці` — нова угода",
  "help.update":
    "`/deal update Acme stage negotiation close в кінці місяця` — змінити поля (без полів відкриється форма)",
  "help.list": "`/deal list` · `/deal list @ann stage proposal closing next month` — відкриті угоди",
  "help.show": "`/deal show #42` — угода та її історія",
  "help.won":
    "`/deal won Acme` · `/deal lost Acme reason зависока ціна` — закрити угоду як виграну чи програну",
  "help.undo": "`/deal undo` — скасувати вашу останню зміну (протягом 10 хвилин)",
  "help.away": "`/deal away until 04.01.2027` · `/deal away off` — призупинити щотижневі нагадування",
  "help.snooze":
    "`/deal snooze Acme until 15.01.2027 because клієнт у відпустці` — не позначати угоду як застиглу до цієї дати",
  "help.digest":
    "`/deal digest` — тижневий звіт по воронці лише для вас · `/deal forecast` — ваш місяць і квартал проти плану",
  "help.contact":
    "`/deal contact add Марія maria@acme.ua account Acme lang uk` · `/deal contact list Acme` — контакти клієнта",
  "help.nps": "`/deal nps send Acme` — надіслати NPS-опитування зараз (клієнту або одному контакту)",
  "help.admin":
    "`/deal admin` — налаштування команди (адміністратори) · `/deal admin quota @ann 50k 2026-12` — встановити план",
  "help.language":
    "`/deal language uk` · `/deal language auto` — відповідати мені українською (en, fi, pl, uk, ru) або мовою Slack",
  "help.fields":
    "Поля: `name` (назва), `account` (клієнт), `amount` (12k, 1,2m, 12 500 €), `currency`, `stage` (етап), `close` (дата закриття: наступної п'ятниці, 15.01.2027), `next` (наступний крок, за бажанням `by &lt;дата&gt;`), `owner @користувач`, `probability`. На угоду посилайтеся через `#id` або частину назви. Слова команд — англійською.",

  "reply.nothingSaved": ":warning: Нічого не збережено:\n{problems}",
  "reply.example": "Приклад: `{example}`",
  "reply.unchanged": "Нічого змінювати: угода #{id} вже має ці значення.",
  "reply.refused": ":no_entry: {reason} Нічого не змінено.",
  "reply.dealGone": "Цієї угоди вже не існує.",
  "reply.dealIdGone": "Угоди #{id} вже не існує.",
  "reply.noMatch": "Не знайшов угоди за запитом «{query}». {tip}",
  "reply.noMatchSuggest": "Можливо, ви мали на увазі {names}?",
  "reply.noMatchTip": "Перегляньте свої угоди через `/deal list` або вкажіть номер, наприклад `#42`.",
  "reply.failed":
    ":warning: На боці Dealbot сталася помилка, і ваш запит міг не застосуватися. Перевірте через `/deal list` і спробуйте ще раз; якщо помилка повторюється, повідомте адміністратора (код {ref}).",
  "reply.noWonStage":
    "У вашої команди немає етапу «виграно». Адміністратор може додати його через `/deal admin`.",
  "reply.conflict": ":warning: {deal} змінили, поки ви редагували, тому вашу зміну *не* збережено:\n{lines}",
  "reply.conflictLine": "• {change} (змінив(ла) {who})",
  "reply.conflictNoDetails": "• (подробиці недоступні)",
  "reply.conflictTip": "Перегляньте угоду ще раз і повторіть зміну, якщо вона досі актуальна.",

  "change.created": "Створено {deal}",
  "change.updated": "Оновлено {deal}",
  "change.won": "Виграно :tada: {deal}",
  "change.lost": "Програно {deal}",
  "change.reopened": "Знову відкрито {deal}",
  "change.undone": "Вашу зміну скасовано: {deal}",
  "change.confirmed": "Підтверджено {deal}",
  "change.text": "{head}: {changes}",
  "change.field": "{field}: {to}",
  "change.fieldFromTo": "{field}: {from} → {to}",
  "change.interpreted": "Я зрозумів так: {readings}",
  "change.undo.button": "Скасувати",

  "undo.nothing": "За останні 10 хвилин у вас немає змін, які можна скасувати.",
  "undo.tooLate":
    "Цій зміні понад 10 хвилин, тому її не можна скасувати. Поверніть значення через `/deal update`.",
  "undo.changedSince":
    ":warning: Угоду *{name}* змінили після вашого редагування ({people}), тож скасування перезаписало б їхню роботу. Нічого не змінено; скористайтеся `/deal update`.",
  "undo.deleted": "Скасовано: нову угоду *{name}* видалено.",
  "away.back": "З поверненням! Щотижневі нагадування знову ввімкнено.",
  "away.past": "{date} вже минуло. Вкажіть останній день вашої відсутності.",
  "away.set": "Гарного відпочинку! Жодних щотижневих нагадувань до {date} (включно).",
  "away.setTip": "Повернулися раніше? `/deal away off`",
  "snooze.future": "Відкладіть до дня після сьогоднішнього, наприклад {example}.",

  "deal.closes": "закриття {date}",
  "deal.closed": "{status, select, won {виграно} lost {програно} other {закрито}} {date}",
  "deal.closedNoDate": "{status, select, won {виграно} lost {програно} other {закрито}}",
  "deal.stale":
    ":hourglass: без оновлень {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}",
  "deal.unknownStage": "етап {id}",
  "deal.unknownReason": "причина {id}",
  "field.name": "назва",
  "field.account": "клієнт",
  "field.amountMinor": "сума",
  "field.currency": "валюта",
  "field.stageId": "етап",
  "field.closeOn": "дата закриття",
  "field.nextStep": "наступний крок",
  "field.nextStepDue": "термін наступного кроку",
  "field.ownerId": "відповідальний",
  "field.probability": "ймовірність",
  "field.status": "статус",
  "field.lossReasonId": "причина програшу",
  "field.lossNote": "коментар до програшу",
  "field.closedAt": "закрито",
  "field.snoozedUntil": "відкладено до",
  "field.snoozeReason": "причина відкладення",
  "help.log":
    "`/deal log call Acme out залишив голосове повідомлення` — зафіксувати дзвінок, зустріч, лист, демо чи завдання (рахується як активність) · `/deal account Acme segment Enterprise` — задати сегмент клієнта",
  "field.forecastCategory": "категорія прогнозу",
  "nudge.won.button": "Виграно",
  "nudge.pastDue": ":rotating_light: *Дата закриття {date} минула*",
  "help.forecastCategory":
    "`/deal update Acme forecast commit` — категорія прогнозу: commit (гарантовано), best (найкращий сценарій), pipeline або omit (поза прогнозом)",
  "help.forecastTeam":
    "`/deal forecast team` — ваша команда за менеджерами (керівники) · `/deal forecast team call 250k quarter` — зафіксувати свій прогноз",
  "help.stats":
    "`/deal stats` · `/deal stats @ann` — частка виграних угод, цикл угоди, середній чек, конверсія порівняно з командою, найслабший етап",

  "list.none": "{self, select, yes {Ваші відкриті угоди} other {Відкриті угоди <@{owner}>}}{filters}: немає.",
  "list.noneTip": "Створіть угоду: `/deal new Acme amount 12k close наступної п'ятниці`.",
  "list.heading":
    "*{self, select, yes {Ваші відкриті угоди} other {Відкриті угоди <@{owner}>}}{filters}: {total}*",
  "list.text": "{self, select, yes {Ваші відкриті угоди} other {Відкриті угоди {owner}}}: {total}",
  "list.filters": " ({filters})",
  "list.filterStage": "етап {stage}",
  "list.filterClosing": "закриття {period}",
  "list.month": "*Закриття: {month}* · {count} · {total}",
  "list.more": "…і ще {count}. Звузьте список: `/deal list stage proposal closing this month`.",
  "blocks.more": "_…і ще {count}, не показано._",

  "nudge.header":
    "Щотижнева перевірка воронки: {count, plural, one {# угода потребує} few {# угоди потребують} many {# угод потребують} other {# угоди потребують}} уваги",
  "nudge.done.header": "Усе готово, дякую!",
  "nudge.intro": "Ці угоди давно не оновлювалися. Один клік на кожну — і ваш прогноз залишається чесним:",
  "nudge.doneIntro": "Усі угоди з цього списку опрацьовано. Ваш прогноз актуальний.",
  "nudge.outcomeConfirmed": ":white_check_mark: Іде за планом: підтверджено.",
  "nudge.outcomeUpdated": ":pencil2: Оновлено.",
  "nudge.outcomePushed": ":calendar: Дату закриття перенесено на {date}.",
  "nudge.outcomeLost": ":x: Позначено як програну.",
  "nudge.outcomeWon": ":tada: Виграно.",
  "nudge.outcomeDone": ":ballot_box_with_check: Готово.",
  "nudge.confirm.button": "Іде за планом",
  "nudge.update.button": "Оновити…",
  "nudge.push.button": "Перенести…",
  "nudge.lost.button": "Програно…",
  "nudge.all.button": "Усі {count} за планом",
  "nudge.more.button": "Показати решту",
  "nudge.rest": "…і ще {count}.",
  "nudge.footer":
    "У відпустці? `/deal away until &lt;дата&gt;` призупиняє ці нагадування. Чекаєте на клієнта? `/deal snooze &lt;угода&gt; until &lt;дата&gt; because &lt;причина&gt;`.",
  "nudge.text":
    "Щотижнева перевірка воронки: {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} без оновлень уже давно.",
  "nudge.doneText": "Щотижнева перевірка воронки: усе готово.",

  "chooser.question": "Запиту «{query}» відповідає кілька угод. Яку саме ви мали на увазі?",
  "chooser.more": "…і ще інші. Вкажіть номер угоди (наприклад `#{id}`) або довшу частину назви.",
  "chooser.text": 'Запиту "{query}" відповідає кілька угод. Яку саме ви мали на увазі?',

  // --- Pickers: which stage, which contact (issue 12); a private channel in /deal admin
  "picker.stageQuestion": "Етап «{typed}» може означати: {names}. Який саме ви мали на увазі?",
  "picker.contactQuestion": "Запиту «{query}» відповідає кілька контактів. Кому надіслати опитування?",
  "picker.contactMore": "…і ще {count}. Введіть довшу частину імені або email.",
  "picker.noEmail": "без email",
  "picker.send.button": "Надіслати опитування",
  "picker.privateChannel":
    ":warning: {channel} — приватний канал: запросіть туди @Dealbot (`/invite @Dealbot` у {channel}), інакше повідомлення туди не надходитимуть.",
  "picker.privateChannelTip":
    "Налаштування збережено. Для публічних каналів нічого робити не треба: Dealbot приєднується до них сам.",

  "digest.header": "Звіт по воронці · {date}",
  "digest.more": "_…і ще {count}_",
  "digest.funnel": "*Воронка* (відкриті угоди)",
  "digest.funnelEmpty":
    "Відкритих угод ще немає. Менеджери додають їх через `/deal new Acme amount 12k close наступної п'ятниці`.",
  "digest.stageLine":
    "*{stage}* ({probability}%): {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} · {amount} · зважено {weighted}",
  "digest.stageChange": "{line} · {count} / {amount}",
  "digest.stageChangeSince": "{line} · {count} / {amount} з {date}",
  "digest.total":
    "*Разом*: {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} · {amount} · зважено {weighted}",
  "digest.noLastWeek": "Даних за минулий тиждень ще немає: зміни з'являться з наступного тижня.",
  "digest.hygiene": "*Гігієна воронки*",
  "digest.hygieneNoOpen": "Відкритих угод немає.",
  "digest.pastDueNone":
    "Прострочені відкриті угоди: 0 угод, {amount} (усі дати закриття — сьогодні або пізніше).",
  "digest.pastDue":
    ":rotating_light: *Прострочені відкриті угоди: {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}, {amount}*: дата закриття минула. Вони не входять у прогноз жодного періоду, доки відповідальні не перенесуть дату, не виграють або не програють їх.",
  "digest.hygieneCounts":
    "Без наступного кроку: {noNextStep, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} · без активності 30+ днів: {quiet, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} (з {open, plural, one {# відкритої угоди} few {# відкритих угод} many {# відкритих угод} other {# відкритої угоди}})",
  "digest.timeInStage": "*Час на етапі* (типовий = медіана перебувань, що завершилися за 12 місяців)",
  "digest.stageTimeLine": "{stage}: {typical} · {open}",
  "digest.typical": "типово {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}",
  "digest.typicalUnknown":
    "типовий час невідомий ({stays, plural, one {# завершене перебування} few {# завершені перебування} many {# завершених перебувань} other {# завершеного перебування}})",
  "digest.stageNoOpen": "немає відкритих угод",
  "digest.stageOpen":
    "{count, plural, one {# відкрита угода} few {# відкриті угоди} many {# відкритих угод} other {# відкритої угоди}}, медіана {days, plural, one {# день} few {# дні} many {# днів} other {# дня}} на етапі",
  "digest.stageBeyond": ":hourglass: {count} значно довше за типовий (понад {days} дн.)",
  "digest.conversion":
    "*Конверсія* (угоди, що увійшли на етап за останні 90 днів і мали час просунутися, поруч із 9 місяцями до того)",
  "digest.conversionEmpty": "Поки замало історії: жодних змін етапів за останні 12 місяців.",
  "digest.conversionLine": "{from} → {to}: {now} · раніше: {reference}",
  "digest.conversionRate": "{rate} ({advanced} з {matured})",
  "digest.conversionTooEarly": "ще зарано",
  "digest.conversionNoDeals": "немає угод",
  "digest.conversionUndecided": "{count} ще без рішення",
  "digest.conversionReference":
    "{rate} ({count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}})",
  "digest.bottleneck":
    ":warning: *Вузьке місце: {from} → {to}* конвертує {rate} ({advanced} з {matured}) проти {reference} раніше: більше, ніж пояснює випадковість.",
  "digest.forecast": "*Прогноз* проти плану",
  "digest.accuracy": "*Точність прогнозу* (Commit на початок місяця проти виграного)",
  "digest.accuracyNone":
    "Знімка на початок місяця ще немає: точність з'явиться після першого повного місяця.",
  "digest.accuracyMonth":
    "*{month}*: Commit {commit} на 1-ше число, виграно {won}{pct, select, none {} other { ({pct}% від Commit)}}",
  "digest.accuracyTrend": "Виграно у % від Commit на 1-ше число ({months}):",
  "digest.accuracyNoCommit": "немає Commit",
  "digest.accuracyOffBy": "в середньому похибка {pct}%",
  "digest.accuracyTeam": "Команда",
  "digest.lossReasons": "*Причини програшів* (останні 90 днів)",
  "digest.lossNone": "За останні 90 днів жодної програної угоди.",
  "digest.lossLine":
    "{reason}: {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} · {amount}",
  "digest.costliest": "Найдорожча: *{reason}* ({amount})",
  "digest.reps": "*Менеджери*: активність цього тижня; виграші та стабільність за 12 місяців",
  "digest.repsNone": "Ще немає активності чи виграшів.",
  "digest.repLine":
    "<@{user}>: оновлень {updates} · просунуто {advanced} · відповіді на нагадування {answered}/{sent} · виграно {won} ({amount}){largest, select, none {} other { · найбільша угода — {largest}% суми}} · виграші в {months}/12 місяців",
  "digest.tops": "*Успіхи та провали* (7 днів з {date})",
  "digest.topWon": ":trophy: Виграно {deal}",
  "digest.topLost": ":x: Програно {deal}",
  "digest.topSlipped": ":hourglass: Перенесено {deal} · {from} → {to}",
  "digest.topsNone": "За ці сім днів жодних виграшів, програшів чи перенесень.",
  "digest.keyAccounts": "*Ключові клієнти* ({year})",
  "digest.keyNone": "Цього року ще немає виручки від клієнтів.",
  "digest.keyIntro": "{key} з {total} клієнтів дають 80% цьогорічної виручки ({keyRevenue} з {revenue}):",
  "digest.inactiveIntro":
    "{count, plural, one {# клієнт} few {# клієнти} many {# клієнтів} other {# клієнта}} без активності в угодах 90 днів:",
  "digest.inactiveLast": "{account} (востаннє {date})",
  "digest.inactiveNever": "{account} (немає угод)",
  "digest.currencyNote": "Суми в {currency}. Угоди в інших валютах не враховуються.",
  "digest.text":
    "Звіт по воронці, тиждень з {date}: {count, plural, one {# відкрита угода} few {# відкриті угоди} many {# відкритих угод} other {# відкритої угоди}} на {amount} (зважено {weighted}); {month}: виграно {won}, Commit-прогноз {committed}, найкращий сценарій {bestCase}; прострочено {pastDue, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} ({pastDueAmount}){target, select, none {.} other {, план {target}.}}",
  "forecast.line":
    "*{label}*: виграно {won} ({wonCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}) · відкриті до закриття {open} ({openCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}), зважено {weighted}",
  "forecast.categories":
    "Commit (угоди в категорії Commit): {committed} ({committedCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}) · Найкращий сценарій: {best} ({bestCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}})",
  "forecast.targetNone": "План: не встановлено (`/deal admin quota team 100k {period}`)",
  "forecast.target":
    "План: {target}{source, select, quota {} reps { (сума планів менеджерів)} months { (сума місячних планів)} other {}}",
  "forecast.committed":
    "Commit-прогноз (виграно + Commit): {amount}{pct, select, none {} other { ({pct}% плану)}}",
  "forecast.bestCase":
    "Найкращий сценарій (виграно + Commit + Best case): {amount}{pct, select, none {} other { ({pct}% плану)}}",
  "forecast.weighted":
    "Зважений прогноз (виграно + зважені відкриті): {amount}{pct, select, none {} other { ({pct}% плану)}}",
  "forecast.historical":
    "Історичний прогноз (виграно + відкриті × відсоток виграшів команди за етапом): {amount}{pct, select, none {} other { ({pct}% плану)}}{fallback, select, yes { (ймовірність етапу, де немає історії)} other {}}",
  "forecast.gap":
    "Commit-прогноз на {amount} {direction, select, above {вищий} other {нижчий}}, ніж передбачає історія.",
  "forecast.gapToTarget": "До плану бракує: {amount}",
  "digest.rolling": "*Ковзний огляд: два наступні квартали* (відкриті угоди за датою закриття)",
  "digest.rollingLine":
    "*{label}*: відкрито {open} ({openCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}) · commit {commit} · найкращий сценарій {best} · зважений {weighted} · історичний {historical}{target, select, none {} other { · план {target}}}",
  "accuracyPost.heading":
    ":dart: *Точність прогнозу, {month}*: commit менеджерів на 1-ше число проти виграного",
  "accuracyPost.text": "Точність прогнозу, {month}: commit {commit} на 1-ше число, виграно {won}.",
  "accuracyPost.textNone": "Точність прогнозу, {month}: ще немає знімка на початок місяця для порівняння.",
  "accuracyPost.note":
    "Суми в {currency}. Commit = виграні + угоди в категорії Commit на 1-ше число. Щотижневий дайджест містить ті самі рядки.",
  "homeForecast.managersOnly": "Прогноз команди записують керівники: ваш — /deal forecast.",
  "homeForecast.header": "Прогноз вашої команди",
  "homeForecast.period":
    "*{label}* · команда: виграно {won} · commit {commit} · найкращий сценарій {best}{target, select, none {} other { · план {target}}}",
  "homeForecast.rep":
    "{rep}: виграно {won} · commit {commit} · найкращий сценарій {best}{target, select, none {} other { · план {target}}}",
  "homeForecast.call": "Ваш прогноз: *{amount}* ({date})",
  "homeForecast.noCall": "Ваш прогноз: ще не записано.",
  "homeForecast.button": "Записати свій прогноз",
  "homeForecast.legend":
    "Суми в {currency}. Commit = виграні + угоди в категорії Commit; найкращий сценарій додає угоди з Best case. Ті самі цифри, що й /deal forecast team.",
  "homeForecast.month": "Цей місяць",
  "homeForecast.quarter": "Цей квартал",
  "homeForecast.title": "Ваш прогноз",
  "homeForecast.submit": "Зберегти",
  "homeForecast.close": "Скасувати",
  "homeForecast.amountLabel": "Ваш прогноз ({currency})",
  "homeForecast.periodLabel": "На період",
  "homeForecast.currency": "Запишіть прогноз у валюті команди, {currency}.",
  "risk.pastDueEarlier":
    "*Прострочені з попередніх місяців:* {amount} у {count, plural, one {# угоді} few {# угодах} many {# угодах} other {# угоди}}, досі відкриті: кожну позначено нижче.",
  "admin.stagesHint":
    "Один етап на рядок з імовірністю виграшу, напр. Пропозиція: 50%. Допишіть після неї commit, best, pipeline або omit, щоб задати категорію прогнозу за замовчуванням для відкритих угод цього етапу (Переговори: 75% commit); без цього етапи від 75% за замовчуванням ідуть у Best case, решта — у Pipeline. Виграно та Програно є завжди. Пропущений етап виводиться з ужитку, але не поки в ньому є відкриті угоди.",
  "form.forecastCategory": "Категорія прогнозу",
  "form.forecastCategoryHint":
    "Commit: ви ручаєтеся, що угода закриється до своєї дати. Якщо залишити вибір без змін, угода збереже поточне налаштування.",
  "forecast.category.commit": "Commit (гарантовано)",
  "forecast.category.best": "Найкращий сценарій",
  "forecast.category.pipeline": "Pipeline (у воронці)",
  "forecast.category.omit": "Поза прогнозом",
  "growth.flow": "*Потік нових угод*",
  "growth.flowLine":
    "{label}: {deals, plural, one {# нова угода} few {# нові угоди} many {# нових угод} other {# нової угоди}} на {amount} · {customers, plural, one {# новий клієнт} few {# нові клієнти} many {# нових клієнтів} other {# нового клієнта}}",
  "growth.week": "Останні 7 днів",
  "growth.month": "Цей місяць ({month})",
  "growth.segments": "*За сегментами* (відкриті зараз; виграні цього кварталу)",
  "growth.noSegment": "_Без сегмента_",
  "growth.segmentLine":
    "{segment}: відкриті {open} ({openCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}) · виграно цього кварталу {won} ({wonCount})",
  "growth.activity": "*Активність продажів* (минулий тиждень)",
  "growth.calls":
    "{out, plural, one {# вихідний дзвінок} few {# вихідні дзвінки} many {# вихідних дзвінків} other {# вихідного дзвінка}}, вхідних: {in}",
  "growth.meetings":
    "{count, plural, one {# зустріч} few {# зустрічі} many {# зустрічей} other {# зустрічі}}",
  "growth.emails": "{count, plural, one {# лист} few {# листи} many {# листів} other {# листа}}",
  "growth.demos":
    "{count, plural, one {# демонстрація} few {# демонстрації} many {# демонстрацій} other {# демонстрації}}",
  "growth.tasks": "{count, plural, one {# задача} few {# задачі} many {# задач} other {# задачі}}",
  "growth.noActivity": "активність не записана",
  "growth.upkeep": "*Актуальність контактів* ({month})",
  "growth.added": "Додано контактів: {list}",
  "growth.bounced": "Листи, що не дійшли: {list}",
  "growth.quiet": "Без відповіді чи перевірки 12 місяців: {list}",
  "growth.none": "немає",
  "growth.imports": "імпорт",
  "growth.accounts": "{count, plural, one {# клієнт} few {# клієнти} many {# клієнтів} other {# клієнта}}",
  "digest.chartNote": "Діаграма приходить з щотижневим дописом у каналі звітів.",

  "survey.title": "Ваш відгук",
  "survey.question": "Наскільки ймовірно, що ви порекомендуєте нас другові чи колезі?",
  "survey.low": "0 = зовсім малоймовірно",
  "survey.high": "10 = дуже ймовірно",
  "survey.commentLabel": "Яка головна причина вашої оцінки? (необов'язково)",
  "survey.send": "Надіслати",
  "survey.pickScore": "Оберіть оцінку від 0 до 10.",
  "survey.thanks": "Дякуємо за вашу відповідь!",
  "survey.canChangeUntil": "Ви можете змінити відповідь до {date}.",
  "survey.closed": "Вашу відповідь збережено, змінити її вже не можна. Дякуємо!",
  "survey.stale":
    "Цю форму вже надіслано або вона застаріла. Ось ваша поточна відповідь; за бажання змініть її.",
  "survey.hello": "Вітаємо, {name}!",
  "survey.emailIntro": "Нам важливо знати, як ми працюємо. Достатньо одного кліку:",
  "survey.emailSubject": "Чи порекомендуєте ви нас?",
  "survey.unsubscribeLink": "Не хочете отримувати ці листи? Відписатися",
  "survey.unsubscribed": "Ви відписалися. Ми більше не надсилатимемо вам ці опитування.",
  "survey.invalidTitle": "Посилання недійсне",
  "survey.invalidBody": "Перевірте, що ви відкрили посилання з листа повністю.",
  "survey.expiredTitle": "Опитування закрито",
  "survey.expiredBody": "Посиланню понад 30 днів. Все одно дякуємо!",
  "survey.tooMany": "Забагато запитів. Спробуйте за хвилину.",
  "survey.comment.title": "Ваш відгук",

  "home.none": "немає відкритих угод",
  "home.totals":
    "{count, plural, one {# відкрита} few {# відкриті} many {# відкритих} other {# відкритої}} · {amount} · зважено {weighted}",
  "home.pipeline.header": "Ваша воронка продажів",
  "home.open": "*Відкриті:* {totals}",
  "home.new.button": "Нова угода",
  "home.refresh.button": "Оновити",
  "home.empty":
    "У вас немає відкритих угод. Створіть угоду кнопкою вище або з будь-якого каналу: `/deal new Acme amount 12k close наступної п'ятниці`.",
  "home.stale":
    ":hourglass: {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} давно без оновлень: підтвердіть або оновіть.",
  "home.month": "*Закриття: {month}*",
  "home.update.button": "Оновити",
  "home.more": "…і ще {count} відкритих угод. Усі — через `/deal list`.",
  "home.team.header": "Ваша команда",
  "home.teamEmpty":
    "Вам ще ніхто не підпорядковується. Адміністратор налаштовує команди через `/deal admin`.",

  "setup.stage.lead": "Лід",
  "setup.stage.qualified": "Кваліфікація",
  "setup.stage.proposal": "Комерційна пропозиція",
  "setup.stage.negotiation": "Переговори",
  "setup.stage.won": "Виграно",
  "setup.stage.lost": "Програно",
  "setup.reason.price": "Зависока ціна",
  "setup.reason.competitor": "Обрали конкурента",
  "setup.reason.no-budget": "Немає бюджету",
  "setup.reason.no-decision": "Немає рішення / зависло",
  "setup.reason.timing": "Невдалий час",
  "setup.reason.product-fit": "Продукт не підходить",
  "setup.reason.other": "Інше",
  ...ukSurfaces,
};
