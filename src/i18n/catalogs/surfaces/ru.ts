import type { SurfaceKey } from "./en.js";

export const ruSurfaces: Record<SurfaceKey, string> = {
  "refusal.notYours":
    "{what} принадлежит {who}: вы можете менять только свои сделки. Обратитесь к {who} или к руководителю.",
  "refusal.notYoursManager":
    "Вы можете менять свои сделки и сделки своей команды; {what} принадлежит {who}, а этот сотрудник не в вашей команде. Попросите администратора добавить его в команду.",
  "refusal.handoff":
    "Нельзя передать {what} сотруднику {who}: он не в вашей команде. Выберите кого-то из команды или обратитесь к администратору.",
  "refusal.ownerOutside": "Вы можете создавать сделки только на себя; {who} не в вашей команде.",
  "refusal.ownerOutsideManager":
    "Вы можете создавать сделки на себя и свою команду; {who} не в вашей команде.",
  "refusal.someoneElse": "другой сотрудник",
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
  "risk.reason.stale":
    "без обновлений и подтверждений {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}",
  "risk.reason.pushed":
    "дату закрытия уже переносили {count, plural, one {# раз} few {# раза} many {# раз} other {# раза}}",
  "risk.reason.early-stage": "всё ещё на этапе {stage} ({probability}%)",
  "risk.reason.no-next-step": "нет следующего шага",
  "risk.reason.next-step-overdue": "следующий шаг просрочен с {date}",
  "risk.reason.amount-changed": "сумма изменена за последние 7 дней ({from} → {to})",
  "risk.reason.quiet-since-nudge": "никакой активности после напоминания {date}",
};
