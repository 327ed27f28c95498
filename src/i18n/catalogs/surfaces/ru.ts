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
};
