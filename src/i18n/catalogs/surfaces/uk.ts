import { ukForms } from "../forms/uk.js";
import { ukParse } from "../parse/uk.js";
import { ukReplies } from "../replies/uk.js";
import type { SurfaceKey } from "./en.js";

export const ukSurfaces: Record<SurfaceKey, string> = {
  ...ukParse,
  ...ukForms,
  ...ukReplies,
  "refusal.notYours":
    "{what} належить {who}: ви можете змінювати лише власні угоди. Зверніться до власника або його керівника.",
  "refusal.notYoursManager":
    "Ви можете змінювати свої угоди й угоди своєї команди; {what} належить {who}, а ця людина не у вашій команді. Попросіть адміністратора додати її до команди.",
  "refusal.handoff":
    "Не можна передати {what} користувачу {who}: ця людина не у вашій команді. Оберіть когось із команди або зверніться до адміністратора.",
  "refusal.ownerOutside": "Ви можете створювати угоди лише для себе; {who} не у вашій команді.",
  "refusal.ownerOutsideManager":
    "Ви можете створювати угоди для себе й своєї команди; {who} не у вашій команді.",
  "refusal.someoneElse": "іншій людині",
  "refusal.thatPerson": "ця людина",

  "failure.form":
    "На боці Dealbot сталася помилка; нічого не збережено. Спробуйте ще раз за хвилину (код {ref}).",
  "failure.formAfterClose":
    ":warning: Dealbot прийняв вашу форму, але потім сталася помилка, тож зміни могли застосуватися не повністю. Перевірте через `/deal list`, перш ніж надсилати форму знову; якщо помилка повторюється, повідомте адміністратора (код {ref}).",
  "failure.restarting": "Dealbot перезапускався, і форма не встигла відкритися. Спробуйте ще раз.",

  "reply.noLostStage":
    "У вашої команди немає етапу програних угод. Адміністратор може додати його через `/deal admin`.",

  "win.announcement": ":tada: <@{owner}> виграє угоду *{deal}*: *{amount}*",
  "win.announcementAccount": ":tada: <@{owner}> виграє угоду *{deal}* ({account}): *{amount}*",

  "pushForm.title": "Перенести дату закриття",
  "pushForm.submit": "Перенести",
  "pushForm.close": "Скасувати",
  "pushForm.date.label": "Нова очікувана дата закриття",
  "pushForm.next.label": "Наступний крок",
  "lostForm.title": "Позначити програною",
  "lostForm.submit": "Позначити програною",
  "lostForm.close": "Скасувати",
  "lostForm.reason.label": "Чому угоду програно?",
  "lostForm.reason.placeholder": "Оберіть причину",
  "lostForm.note.label": "Примітка",
  "lostForm.note.placeholder": "Обрали дешевше рішення",
  "pushForm.date.missing": "Оберіть нову дату закриття.",
  "pushForm.conflict":
    "Угоду змінили після того, як ви відкрили форму. Нічого не збережено: закрийте форму й перегляньте угоду ще раз.",
  "lostForm.reason.missing": "Оберіть причину, чому угоду програно.",
  "lostForm.noLostStage": "У вашої команди немає етапу програних угод; зверніться до адміністратора.",
  "lostForm.conflict":
    "Угоду змінили після того, як ви відкрили форму. Нічого не збережено: закрийте форму й перевірте угоду через /deal show.",

  "risk.thisMonth": "цей місяць",
  "risk.dm.allSet.header": "Усе готово, дякуємо!",
  "risk.dm.header":
    "{count, plural, one {Угода під загрозою перенесення} few {# угоди під загрозою перенесення} many {# угод під загрозою перенесення} other {# угоди під загрозою перенесення}} · {month}",
  "risk.dm.intro":
    "Очікуване закриття: {month}. Але є ознаки, що воно зсунеться. На дії залишилося десять днів:",
  "risk.dm.confirmed": ":white_check_mark: Підтверджено: {month}.",
  "risk.dm.moved": ":calendar: Перенесено на {date}.",
  "risk.dm.lost": ":x: Позначено програною.",
  "risk.dm.won": ":tada: Виграно.",
  "risk.dm.updated": ":ballot_box_with_check: Оновлено.",
  "risk.confirm.button": "Підтвердити: {month}",
  "risk.move.button": "Перенести…",
  "risk.lost.button": "Програно…",
  "risk.dm.text":
    "{count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} під загрозою перенесення · {month}.",
  "risk.alert.header": "Угоди під загрозою перенесення · {month}",
  "risk.alert.expected":
    "*Очікуване закриття ({month}):* {total}, {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}",
  "risk.alert.split":
    "*Під загрозою:* {atRisk}, {atRiskCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}   ·   *Без ризику:* {safe}, {safeCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}",
  "risk.alert.nothing": "нічого",
  "risk.alert.noRecord":
    "Історії точності ще немає: минулого місяця не було сповіщення про ризики для оцінки.",
  "risk.alert.record":
    "Минулий місяць ({month}): позначено {flagged}, з них {slippedFlagged} перенесено або програно; {unflagged} з {slipped} перенесених не було позначено.",
  "risk.alert.allClear": "Нічого не позначено: усі угоди ({month}) ідуть за планом.",
  "risk.alert.owner":
    "*{name}* (<@{owner}>) · {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} · {total}",
  "risk.alert.deal": "• {deal} · {amount} · закриття {date}: {reasons}",
  "risk.alert.footer":
    "Власники отримали особисте повідомлення, щоб підтвердити, перенести або закрити кожну позначену угоду.",
  "risk.alert.text":
    "Угоди під загрозою перенесення · {month}: {count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} ({total}).",
  "risk.reason.past-due": "дата закриття {date} минула",
  "risk.reason.past-due-since": "прострочена з {date}",
  "risk.reason.stale":
    "без оновлень і підтверджень {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}",
  "risk.reason.pushed":
    "дату закриття вже переносили {count, plural, one {# раз} few {# рази} many {# разів} other {# разу}}",
  "risk.reason.early-stage": "досі на етапі {stage} ({probability}%)",
  "risk.reason.no-next-step": "немає наступного кроку",
  "risk.reason.next-step-overdue": "наступний крок прострочено з {date}",
  "risk.reason.amount-changed": "суму змінено за останні 7 днів ({from} → {to})",
  "risk.reason.quiet-since-nudge": "жодної активності після нагадування {date}",

  "repForecast.header": "Ваш прогноз",
  "repForecast.period":
    "*{label}*: виграно {won} ({wonCount, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}}) · відкриті до закриття {open}, зважено {weighted} · Commit {committed}",
  "repForecast.noTarget":
    "План: не встановлено. Зверніться до адміністратора: `/deal admin quota @you 50k {period}`.",
  "repForecast.reached": "План {target}: виконано :tada:",
  "repForecast.gap": "План {target} · бракує {gap}",
  "repForecast.noClosers": "У цьому періоді немає відкритих угод, які закрили б розрив.",
  "repForecast.closable": "Ці угоди закрили б розрив:",
  "repForecast.notClosable": "Навіть усіх цих угод не вистачить:",
  "repForecast.closer": "• #{id} {name} · {amount} · {probability}% · закриття {date}",
  "repForecast.text": "Ваш прогноз: {month} виграно {won}.",
  "repForecast.textTarget": "Ваш прогноз: {month} виграно {won} із {target}.",
  "repForecast.footer":
    "Суми в {currency}. Commit: ваші угоди в категорії Commit (`/deal update Acme forecast commit` або «Підтвердити» в сповіщенні про ризики).",
  "teamForecast.header": "Прогноз вашої команди",
  "teamForecast.total":
    "*{label}* · команда: виграно {won} · Commit {commit} · найкращий сценарій {best} · зважено {weighted}",
  "teamForecast.totalTarget":
    "*{label}* · команда: виграно {won} · Commit {commit} · найкращий сценарій {best} · зважено {weighted} · план {target}",
  "teamForecast.call":
    "Ваш прогноз: *{call}* ({date}) · Commit менеджерів {commit}, найкращий сценарій {best}",
  "teamForecast.noCall": "Ваш прогноз: не записано. `/deal forecast team call 250k {period}`",
  "teamForecast.rep": "<@{rep}>: виграно {won} · Commit {commit} · найкращий сценарій {best}",
  "teamForecast.repTarget":
    "<@{rep}>: виграно {won} · Commit {commit} · найкращий сценарій {best} · план {target}",
  "teamForecast.text": "Прогноз команди: {month} Commit {commit}, найкращий сценарій {best}.",
  "teamForecast.footer":
    "Суми в {currency}. Commit = виграні + угоди в Commit; найкращий сценарій додає угоди в Best case. Менеджери задають категорію через `/deal update Acme forecast commit`.",
  "teamForecast.callRecorded": ":white_check_mark: Ваш прогноз на {period}: {amount}.",
  "teamForecast.noReps":
    "У вашій команді ще немає менеджерів з продажу: адміністратор додає їх у /deal admin.",
  "teamForecast.notManager":
    "/deal forecast team — для керівників: збирає прогнози ваших менеджерів. Ваш прогноз — /deal forecast. Команди налаштовує адміністратор у /deal admin.",
  "teamForecast.currency": "Вкажіть прогноз у валюті команди ({currency}).",

  "stats.notYourTeam":
    "<@{user}> не у вашій команді: ви бачите свої показники та показники своїх менеджерів.",
  "stats.ownOnly": "Ви бачите свої показники: /deal stats. Керівники бачать показники своїх менеджерів.",
  "stats.header": "Показники менеджера · 12 міс.",
  "stats.pct": "{pct}%",
  "stats.days": "{count, plural, one {# день} few {# дні} many {# днів} other {# дня}}",
  "stats.winRate": "Конверсія у виграш {rate} ({won} виграно, {lost} програно) · команда {teamRate}",
  "stats.avgDeal": "Середня угода {avg} · команда {teamAvg}",
  "stats.cycle": "Середній цикл (створено → виграно) {days} · команда {teamDays}",
  "stats.won": "Виграно {won} · виграші в {months} з 12 місяців: {consistency}",
  "stats.wonShare":
    "Виграно {won} · найбільша угода — {share}% суми · виграші в {months} з 12 місяців: {consistency}",
  "stats.consistency.steady": "*стабільно*: виграші розподілені по року",
  "stats.consistency.jackpot": "*залежність від однієї угоди*: одна угода дає значну частину року",
  "stats.consistency.uneven": "*нерівномірно*: виграші лише в кількох місяцях",
  "stats.consistency.none": "немає виграшів за останні 12 місяців",
  "stats.kind.steady": "стабільно",
  "stats.kind.jackpot": "залежність від однієї угоди",
  "stats.kind.uneven": "нерівномірно",
  "stats.kind.none": "ще без виграшів",
  "stats.noTarget": "{quarter}: план не встановлено.",
  "stats.reached": "{quarter}: план {target} виконано.",
  "stats.coverage":
    "{quarter}: до плану {target} бракує {remaining}; відкрита воронка із закриттям у цьому кварталі {pipeline} = *покриття {coverage}×*",
  "stats.coverageLow":
    "{quarter}: до плану {target} бракує {remaining}; відкрита воронка із закриттям у цьому кварталі {pipeline} = *покриття {coverage}×* (зазвичай орієнтуються на 3×)",
  "stats.funnel": "*Воронка за етапами* (відкрита сума; конверсія угод, які мали час просунутися)\n{lines}",
  "stats.funnelLine":
    "{stage}: {count, plural, one {# відкрита угода} few {# відкриті угоди} many {# відкритих угод} other {# відкритої угоди}}, {amount} · конверсія {rate} ({advanced} з {matured}) · команда {teamRate}",
  "stats.funnelLineWeakest":
    "{stage}: {count, plural, one {# відкрита угода} few {# відкриті угоди} many {# відкритих угод} other {# відкритої угоди}}, {amount} · конверсія {rate} ({advanced} з {matured}) · команда {teamRate} · :point_left: найслабший",
  "stats.weakest":
    "Найслабший етап: *{stage}*: {rate} проти {teamRate} у команди. Коучинг варто почати з нього.",
  "stats.noWeakest":
    "Жоден етап поки не помітно нижчий за командний (етап оцінюється після 5 завершених угод).",
  "stats.text": "Показники {who}: конверсія у виграш {rate}, {kind}.",
  "stats.footer":
    "Суми в {currency}. Залежність від однієї угоди: одна угода дала 40%+ виграної суми; стабільно: виграші в 6+ місяцях.",

  // --- Activities: the Log activity button and form, and /deal stats' activity section
  "activity.log.button": "Записати активність",
  "activity.form.title": "Записати активність",
  "activity.form.submit": "Записати",
  "activity.form.close": "Скасувати",
  "activity.form.deal.label": "Угода",
  "activity.form.deal.placeholder": "Виберіть одну з ваших відкритих угод",
  "activity.form.type.label": "Що ви зробили?",
  "activity.form.direction.label": "Напрямок (дзвінки й листи; якщо не вказано — вихідний)",
  "activity.form.note.label": "Нотатка",
  "activity.form.note.placeholder": "напр. залишив голосове повідомлення, надіслав ціни",
  "activity.type.call.option": "Дзвінок",
  "activity.type.meeting.option": "Зустріч",
  "activity.type.email.option": "Лист",
  "activity.type.demo.option": "Демо",
  "activity.type.task.option": "Задача",
  "activity.direction.out.option": "Вихідний",
  "activity.direction.in.option": "Вхідний",
  "activity.what.out": "{type} (вихідний)",
  "activity.what.in": "{type} (вхідний)",
  "activity.logged":
    ":white_check_mark: {what}: записано в угоді {deal}. Це зараховується як активність в угоді.",
  "activity.noDeals":
    "У вас немає відкритих угод, щоб записати активність. Запишіть її в будь-яку угоду командою `/deal log call Acme out` або створіть угоду командою `/deal new`.",
  "activity.error.deal": "Виберіть угоду.",
  "activity.error.type": "Виберіть, що ви зробили.",
  "activity.error.dealGone": "Цієї угоди вже немає. Закрийте форму й виберіть іншу.",
  "activity.error.unreadable": "Не вдалося прочитати форму. Закрийте її та спробуйте ще раз.",
  "stats.activity.heading":
    "*Активність продажів*, останні 4 тижні: ваша, а в дужках середнє {people, plural, one {# людини} few {# людей} many {# людей} other {# людини}}, які щось записали",
  "stats.activity.week": "Тиждень з {day}",
  "stats.activity.total": "4 тижні",
  "stats.activity.line":
    "{period}: вихідні дзвінки {callsOut} ({teamCallsOut}) · вхідні {callsIn} ({teamCallsIn}) · зустрічі {meetings} ({teamMeetings}) · листи {emails} ({teamEmails}) · демо {demos} ({teamDemos}) · задачі {tasks} ({teamTasks})",
  "stats.activity.none":
    "*Активність продажів*: за останні 4 тижні ніхто нічого не записав. Записуйте дзвінки, зустрічі й листи командою `/deal log call Acme out` або кнопкою *Записати активність* в угоді.",
};
