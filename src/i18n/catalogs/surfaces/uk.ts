import type { SurfaceKey } from "./en.js";

export const ukSurfaces: Record<SurfaceKey, string> = {
  "refusal.notYours":
    "{what} належить {who}: ви можете змінювати лише власні угоди. Зверніться до {who} або до керівника.",
  "refusal.notYoursManager":
    "Ви можете змінювати свої угоди й угоди своєї команди; {what} належить {who}, а ця людина не у вашій команді. Попросіть адміністратора додати її до команди.",
  "refusal.handoff":
    "Не можна передати {what} користувачу {who}: ця людина не у вашій команді. Оберіть когось із команди або зверніться до адміністратора.",
  "refusal.ownerOutside": "Ви можете створювати угоди лише для себе; {who} не у вашій команді.",
  "refusal.ownerOutsideManager":
    "Ви можете створювати угоди для себе й своєї команди; {who} не у вашій команді.",
  "refusal.someoneElse": "інша людина",
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
};
