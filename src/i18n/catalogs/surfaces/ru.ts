import { ruForms } from "../forms/ru.js";
import { ruParse } from "../parse/ru.js";
import { ruReplies } from "../replies/ru.js";
import type { SurfaceKey } from "./en.js";

export const ruSurfaces: Record<SurfaceKey, string> = {
  ...ruParse,
  ...ruForms,
  ...ruReplies,
  "refusal.notYours":
    "{what} принадлежит {who}: вы можете менять только свои сделки. Обратитесь к владельцу или его руководителю.",
  "refusal.notYoursManager":
    "Вы можете менять свои сделки и сделки своей команды; {what} принадлежит {who}, а этот сотрудник не в вашей команде. Попросите администратора добавить его в команду.",
  "refusal.handoff":
    "Нельзя передать {what} сотруднику {who}: он не в вашей команде. Выберите кого-то из команды или обратитесь к администратору.",
  "refusal.ownerOutside": "Вы можете создавать сделки только на себя; {who} не в вашей команде.",
  "refusal.ownerOutsideManager":
    "Вы можете создавать сделки на себя и свою команду; {who} не в вашей команде.",
  "refusal.someoneElse": "другому сотруднику",
  "refusal.thatPerson": "этот сотрудник",

  "failure.form":
    "На стороне Dealbot произошла ошибка; ничего не сохранено. Попробуйте ещё раз через минуту (код {ref}).",
  "failure.formAfterClose":
    ":warning: Dealbot принял форму, но потом произошла ошибка, и изменения могли примениться не полностью. Проверьте через `/deal list`, прежде чем отправлять форму снова; если ошибка повторяется, сообщите администратору (код {ref}).",
  "failure.restarting": "Dealbot перезапускался, и форма не успела открыться. Попробуйте ещё раз.",

  "reply.noLostStage":
    "У вашей команды нет этапа проигранных сделок. Администратор может добавить его через `/deal admin`.",

  "win.announcement": ":tada: <@{owner}> выигрывает сделку *{deal}*: *{amount}*",
  "win.announcementAccount": ":tada: <@{owner}> выигрывает сделку *{deal}* ({account}): *{amount}*",

  "pushForm.title": "Перенести дату закрытия",
  "pushForm.submit": "Перенести",
  "pushForm.close": "Отмена",
  "pushForm.date.label": "Новая ожидаемая дата закрытия",
  "pushForm.next.label": "Следующий шаг",
  "lostForm.title": "Отметить проигранной",
  "lostForm.submit": "Отметить проигранной",
  "lostForm.close": "Отмена",
  "lostForm.reason.label": "Почему сделка проиграна?",
  "lostForm.reason.placeholder": "Выберите причину",
  "lostForm.note.label": "Примечание",
  "lostForm.note.placeholder": "Выбрали более дешёвое решение",
  "pushForm.date.missing": "Выберите новую дату закрытия.",
  "pushForm.conflict":
    "Сделку изменили после того, как вы открыли форму. Ничего не сохранено: закройте форму и посмотрите сделку ещё раз.",
  "lostForm.reason.missing": "Выберите причину проигрыша.",
  "lostForm.noLostStage": "У вашей команды нет этапа проигранных сделок; обратитесь к администратору.",
  "lostForm.conflict":
    "Сделку изменили после того, как вы открыли форму. Ничего не сохранено: закройте форму и проверьте сделку через /deal show.",

  "risk.thisMonth": "этот месяц",
  "risk.dm.allSet.header": "Всё готово, спасибо!",
  "risk.dm.header":
    "{count, plural, one {Сделка под угрозой переноса} few {# сделки под угрозой переноса} many {# сделок под угрозой переноса} other {# сделки под угрозой переноса}} · {month}",
  "risk.dm.intro":
    "Ожидаемое закрытие: {month}. Но есть признаки, что оно сдвинется. На действия осталось десять дней:",
  "risk.dm.confirmed": ":white_check_mark: Подтверждено: {month}.",
  "risk.dm.moved": ":calendar: Перенесено на {date}.",
  "risk.dm.lost": ":x: Отмечена проигранной.",
  "risk.dm.won": ":tada: Выиграна.",
  "risk.dm.updated": ":ballot_box_with_check: Обновлено.",
  "risk.confirm.button": "Подтвердить: {month}",
  "risk.move.button": "Перенести…",
  "risk.lost.button": "Проиграна…",
  "risk.dm.text":
    "{count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} под угрозой переноса · {month}.",
  "risk.alert.header": "Сделки под угрозой переноса · {month}",
  "risk.alert.expected":
    "*Ожидаемое закрытие ({month}):* {total}, {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}",
  "risk.alert.split":
    "*Под угрозой:* {atRisk}, {atRiskCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}   ·   *Без риска:* {safe}, {safeCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}",
  "risk.alert.nothing": "ничего",
  "risk.alert.noRecord":
    "Истории точности пока нет: в прошлом месяце не было оповещения о рисках для оценки.",
  "risk.alert.record":
    "Прошлый месяц ({month}): отмечено {flagged}, из них {slippedFlagged} перенесены или проиграны; {unflagged} из {slipped} перенесённых не были отмечены.",
  "risk.alert.allClear": "Ничего не отмечено: все сделки ({month}) идут по плану.",
  "risk.alert.owner":
    "*{name}* (<@{owner}>) · {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} · {total}",
  "risk.alert.deal": "• {deal} · {amount} · закрытие {date}: {reasons}",
  "risk.alert.footer":
    "Владельцы получили личное сообщение, чтобы подтвердить, перенести или закрыть каждую отмеченную сделку.",
  "risk.alert.text":
    "Сделки под угрозой переноса · {month}: {count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} ({total}).",
  "risk.reason.past-due": "дата закрытия {date} прошла",
  "risk.reason.past-due-since": "просрочена с {date}",
  "risk.reason.stale":
    "без обновлений и подтверждений {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
  "risk.reason.pushed":
    "дату закрытия уже переносили {count, plural, one {# раз} few {# раза} many {# раз} other {# раза}}",
  "risk.reason.early-stage": "всё ещё на этапе {stage} ({probability}%)",
  "risk.reason.no-next-step": "нет следующего шага",
  "risk.reason.next-step-overdue": "следующий шаг просрочен с {date}",
  "risk.reason.amount-changed": "сумма изменена за последние 7 дней ({from} → {to})",
  "risk.reason.quiet-since-nudge": "никакой активности после напоминания {date}",

  "repForecast.header": "Ваш прогноз",
  "repForecast.period":
    "*{label}*: выиграно {won} ({wonCount, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}}) · открытые к закрытию {open}, взвешенно {weighted} · Commit {committed}",
  "repForecast.noTarget":
    "План: не задан. Обратитесь к администратору: `/deal admin quota @you 50k {period}`.",
  "repForecast.reached": "План {target}: выполнен :tada:",
  "repForecast.gap": "План {target} · не хватает {gap}",
  "repForecast.noClosers": "В этом периоде нет открытых сделок, которые закрыли бы разрыв.",
  "repForecast.closable": "Эти сделки закрыли бы разрыв:",
  "repForecast.notClosable": "Даже всех этих сделок не хватит:",
  "repForecast.closer": "• #{id} {name} · {amount} · {probability}% · закрытие {date}",
  "repForecast.text": "Ваш прогноз: {month} выиграно {won}.",
  "repForecast.textTarget": "Ваш прогноз: {month} выиграно {won} из {target}.",
  "repForecast.footer":
    "Суммы в {currency}. Commit: ваши сделки в категории Commit (`/deal update Acme forecast commit` или «Подтвердить» в оповещении о рисках).",
  "teamForecast.header": "Прогноз вашей команды",
  "teamForecast.total":
    "*{label}* · команда: выиграно {won} · Commit {commit} · лучший сценарий {best} · взвешенно {weighted}",
  "teamForecast.totalTarget":
    "*{label}* · команда: выиграно {won} · Commit {commit} · лучший сценарий {best} · взвешенно {weighted} · план {target}",
  "teamForecast.call": "Ваш прогноз: *{call}* ({date}) · Commit менеджеров {commit}, лучший сценарий {best}",
  "teamForecast.noCall": "Ваш прогноз: не записан. `/deal forecast team call 250k {period}`",
  "teamForecast.rep": "<@{rep}>: выиграно {won} · Commit {commit} · лучший сценарий {best}",
  "teamForecast.repTarget":
    "<@{rep}>: выиграно {won} · Commit {commit} · лучший сценарий {best} · план {target}",
  "teamForecast.text": "Прогноз команды: {month} Commit {commit}, лучший сценарий {best}.",
  "teamForecast.footer":
    "Суммы в {currency}. Commit = выигранные + сделки в Commit; лучший сценарий добавляет сделки в Best case. Менеджеры задают категорию через `/deal update Acme forecast commit`.",
  "teamForecast.callRecorded": ":white_check_mark: Ваш прогноз на {period}: {amount}.",
  "teamForecast.noReps":
    "В вашей команде пока нет менеджеров по продажам: администратор добавляет их в /deal admin.",
  "teamForecast.notManager":
    "/deal forecast team — для руководителей: собирает прогнозы ваших менеджеров. Ваш прогноз — /deal forecast. Команды настраивает администратор в /deal admin.",
  "teamForecast.currency": "Укажите прогноз в валюте команды ({currency}).",

  "stats.notYourTeam":
    "<@{user}> не в вашей команде: вы видите свои показатели и показатели своих менеджеров.",
  "stats.ownOnly": "Вы видите свои показатели: /deal stats. Руководители видят показатели своих менеджеров.",
  "stats.header": "Показатели менеджера · 12 мес.",
  "stats.pct": "{pct}%",
  "stats.days": "{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
  "stats.winRate": "Конверсия в выигрыш {rate} ({won} выиграно, {lost} проиграно) · команда {teamRate}",
  "stats.avgDeal": "Средняя сделка {avg} · команда {teamAvg}",
  "stats.cycle": "Средний цикл сделки (создана → выиграна) {days} · команда {teamDays}",
  "stats.won": "Выиграно {won} · выигрыши в {months} из 12 месяцев: {consistency}",
  "stats.wonShare":
    "Выиграно {won} · крупнейшая сделка — {share}% суммы · выигрыши в {months} из 12 месяцев: {consistency}",
  "stats.consistency.steady": "*стабильно*: выигрыши распределены по году",
  "stats.consistency.jackpot": "*зависимость от одной сделки*: одна сделка даёт большую часть года",
  "stats.consistency.uneven": "*неравномерно*: выигрыши лишь в нескольких месяцах",
  "stats.consistency.none": "нет выигрышей за последние 12 месяцев",
  "stats.kind.steady": "стабильно",
  "stats.kind.jackpot": "зависимость от одной сделки",
  "stats.kind.uneven": "неравномерно",
  "stats.kind.none": "пока без выигрышей",
  "stats.noTarget": "{quarter}: план не задан.",
  "stats.reached": "{quarter}: план {target} выполнен.",
  "stats.coverage":
    "{quarter}: до плана {target} не хватает {remaining}; открытая воронка с закрытием в этом квартале {pipeline} = *покрытие {coverage}×*",
  "stats.coverageLow":
    "{quarter}: до плана {target} не хватает {remaining}; открытая воронка с закрытием в этом квартале {pipeline} = *покрытие {coverage}×* (обычно ориентируются на 3×)",
  "stats.funnel":
    "*Воронка по этапам* (открытая сумма; конверсия сделок, у которых было время продвинуться)\n{lines}",
  "stats.funnelLine":
    "{stage}: {count, plural, one {# открытая сделка} few {# открытые сделки} many {# открытых сделок} other {# открытой сделки}}, {amount} · конверсия {rate} ({advanced} из {matured}) · команда {teamRate}",
  "stats.funnelLineWeakest":
    "{stage}: {count, plural, one {# открытая сделка} few {# открытые сделки} many {# открытых сделок} other {# открытой сделки}}, {amount} · конверсия {rate} ({advanced} из {matured}) · команда {teamRate} · :point_left: самый слабый",
  "stats.weakest":
    "Самый слабый этап: *{stage}*: {rate} против {teamRate} у команды. Коучинг стоит начать с него.",
  "stats.noWeakest":
    "Ни один этап пока не ниже командного заметно (этап оценивается после 5 завершённых сделок).",
  "stats.text": "Показатели {who}: конверсия в выигрыш {rate}, {kind}.",
  "stats.footer":
    "Суммы в {currency}. Зависимость от одной сделки: одна сделка дала 40%+ выигранной суммы; стабильно: выигрыши в 6+ месяцах.",

  // --- Activities: the Log activity button and form, and /deal stats' activity section
  "activity.log.button": "Записать активность",
  "activity.form.title": "Записать активность",
  "activity.form.submit": "Записать",
  "activity.form.close": "Отмена",
  "activity.form.deal.label": "Сделка",
  "activity.form.deal.placeholder": "Выберите одну из ваших открытых сделок",
  "activity.form.type.label": "Что вы сделали?",
  "activity.form.direction.label": "Направление (звонки и письма; если не указано — исходящее)",
  "activity.form.note.label": "Заметка",
  "activity.form.note.placeholder": "напр. оставил голосовое сообщение, отправил цены",
  "activity.type.call.option": "Звонок",
  "activity.type.meeting.option": "Встреча",
  "activity.type.email.option": "Письмо",
  "activity.type.demo.option": "Демо",
  "activity.type.task.option": "Задача",
  "activity.direction.out.option": "Исходящее",
  "activity.direction.in.option": "Входящее",
  "activity.what.out": "{type} (исходящее)",
  "activity.what.in": "{type} (входящее)",
  "activity.logged":
    ":white_check_mark: {what}: записано в сделке {deal}. Это засчитывается как активность по сделке.",
  "activity.noDeals":
    "У вас нет открытых сделок, чтобы записать активность. Запишите её в любую сделку командой `/deal log call Acme out` или создайте сделку командой `/deal new`.",
  "activity.error.deal": "Выберите сделку.",
  "activity.error.type": "Выберите, что вы сделали.",
  "activity.error.dealGone": "Этой сделки больше нет. Закройте форму и выберите другую.",
  "activity.error.unreadable": "Не удалось прочитать форму. Закройте её и попробуйте ещё раз.",
  "stats.activity.heading":
    "*Активность продаж*, последние 4 недели: ваша, а в скобках среднее {people, plural, one {# человека} few {# человек} many {# человек} other {# человека}}, которые что-то записали",
  "stats.activity.week": "Неделя с {day}",
  "stats.activity.total": "4 недели",
  "stats.activity.line":
    "{period}: исходящие звонки {callsOut} ({teamCallsOut}) · входящие {callsIn} ({teamCallsIn}) · встречи {meetings} ({teamMeetings}) · письма {emails} ({teamEmails}) · демо {demos} ({teamDemos}) · задачи {tasks} ({teamTasks})",
  "stats.activity.none":
    "*Активность продаж*: за последние 4 недели никто ничего не записал. Записывайте звонки, встречи и письма командой `/deal log call Acme out` или кнопкой *Записать активность* в сделке.",
};
