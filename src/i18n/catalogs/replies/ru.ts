import type { RepliesKey } from "./en.js";

export const ruReplies: Record<RepliesKey, string> = {
  // --- Общие ответы
  "reply.savedEarlier":
    "Ваше изменение сохранено (Dealbot прервался, не успев его подтвердить). Подробности: `/deal show`.",
  "reply.nudgeExpired": "Срок действия этого напоминания истёк.",
  "reply.changedSinceMessage":
    "Сделка «{deal}» изменилась после этого сообщения: откройте её через /deal update #{id}.",

  // --- Правила изменения
  "reply.field.stage": "Выберите этап.",
  "reply.field.lossReason": "Для проигранной сделки нужна причина проигрыша из списка команды.",
  "reply.field.name": "Дайте сделке название.",
  "reply.field.amount": "Укажите сумму, напр. 12k.",
  "reply.field.closeDate": "Укажите ожидаемую дату закрытия, напр. в следующую пятницу.",
  "reply.field.closeDatePast":
    "Дата закрытия {date} уже прошла. Открытой сделке нужна дата не раньше сегодняшней (напр. close в следующую пятницу) — или отметьте её выигранной либо проигранной.",

  // --- Причины проигрыша в /deal admin
  "reply.lossReasons.tooLong": "Строка {line}: «{start}…» длиннее {max} символов.",
  "reply.lossReasons.repeated": "Строка {line}: «{reason}» уже есть в строке {first}.",
  "reply.lossReasons.none": "Укажите хотя бы одну причину проигрыша.",
  "reply.lossReasons.tooMany": "Не больше {max} причин проигрыша; вы указали {count}.",
  "reply.lossReasons.hint": "Пишите одну причину в строке, напр. «Выбрали конкурента».",

  // --- /deal log, /deal account … segment
  "reply.log.what":
    "{type, select, call {звонок} meeting {встреча} email {письмо} demo {демо} other {задача}}{direction, select, in { (входящее)} out { (исходящее)} other {}}",
  "reply.log.logged":
    ":white_check_mark: Записано в сделке {deal}: {what}. Это засчитывается как активность по сделке.",
  "reply.log.loggedNote":
    ":white_check_mark: Записано в сделке {deal}: {what} — {note}. Это засчитывается как активность по сделке.",
  "reply.account.none": "Клиента «{account}» нет. Клиенты появляются из сделок и контактов.",
  "reply.account.unknownSegment":
    "«{segment}» не входит в сегменты команды: {segments}. Список задаёт администратор в `/deal admin`.",
  "reply.account.segmentSet": ":white_check_mark: Клиент *{account}* теперь в сегменте *{segment}*.",
  "reply.account.segmentCleared": ":white_check_mark: У клиента *{account}* больше нет сегмента.",

  // --- /deal contact add|list
  "reply.contact.noAccount": "Я не знаю клиента «{account}».",
  "reply.contact.nameEmpty": "Имя не указано.",
  "reply.contact.nameTooLong": "Имя длиннее 200 символов.",
  "reply.contact.badEmail": "«{email}» — не адрес email (напр. maria@acme.ru).",
  "reply.contact.accountEmpty": "Клиент не указан.",
  "reply.contact.badLanguage": "Язык «{language}» не входит в список: {choices}.",

  // --- /deal nps send
  "nps.send.unknown": "Я не знаю клиента или контакта «{target}».",
  "nps.send.unknownTip": "Добавьте контакты: `/deal contact add Мария maria@acme.ru account Acme`",

  // --- Кнопки NPS и работа с критиком
  "nps.notYours": "Этот опрос не для вас.",
  "nps.answerGone": "Этого ответа больше нет.",
  "nps.followUpClosed": "Работа с этим критиком уже закрыта.",
  "nps.detractor.headline":
    ":rotating_light: *Критик:* {contact} (*{account}*), оценка *{score}*/10 ({channel, select, email {email} other {Slack}}).",
  "nps.detractor.noComment": "_Без комментария._",
  "nps.detractor.owner": "Ответственный за клиента: <@{owner}>",
  "nps.detractor.noOwner": "Нет ответственного за клиента",
  "nps.detractor.assignee": "Отрабатывает: <@{user}>",
  "nps.detractor.nobody": "Отрабатывает: пока никто",
  "nps.detractor.closed": "Закрыто: {outcome}",
  "nps.detractor.take.button": "Беру",
  "nps.detractor.outcome.button": "Записать результат",
  "nps.detractor.text": "Критик: {contact} ({account}), оценка {score}/10",

  // --- Ежемесячный NPS-отчёт (язык команды)
  "nps.digest.header": "NPS · {month}",
  "nps.digest.score": "*NPS {nps}* · {trend}",
  "nps.digest.trendNone": "нет предыдущего месяца для сравнения",
  "nps.digest.trendSame": "как и в прошлом месяце ({before})",
  "nps.digest.trendUp": ":arrow_up: +{delta} против {before} в прошлом месяце",
  "nps.digest.trendDown": ":arrow_down: {delta} против {before} в прошлом месяце",
  "nps.digest.counts":
    "{responses, plural, one {# ответ} few {# ответа} many {# ответов} other {# ответа}}: промоутеры {promoters}, нейтралы {passives}, критики {detractors}",
  "nps.digest.byChannel": "*По каналам*",
  "nps.digest.channelLine":
    "• {channel, select, email {Email} other {Slack}}: {responses, plural, one {# ответ} few {# ответа} many {# ответов} other {# ответа}} из {sent} отправленных · NPS {nps}",
  "nps.digest.channelLineRate":
    "• {channel, select, email {Email} other {Slack}}: {responses, plural, one {# ответ} few {# ответа} many {# ответов} other {# ответа}} из {sent} отправленных (доля ответов {rate}%) · NPS {nps}",
  "nps.digest.byRep": "*По менеджерам*",
  "nps.digest.byRepLine": "• <@{rep}>: NPS {nps} ({responses})",
  "nps.digest.noOwnerLine": "• без ответственного: NPS {nps} ({responses})",
  "nps.digest.bySegment": "*По сегментам*",
  "nps.digest.segmentLine": "• {segment}: NPS {nps} ({responses})",
  "nps.digest.noSegmentLine": "• без сегмента: NPS {nps} ({responses})",
  "nps.digest.comments": "*Последние комментарии*",
  "nps.digest.comment": "• *{score}* {contact} ({account}): «{comment}»",
  "nps.digest.followUps": "*Открытая работа с критиками* ({count})",
  "nps.digest.followUp": "• *{score}* {contact} ({account}) · <@{user}> · с {date}",
  "nps.digest.followUpNobody": "• *{score}* {contact} ({account}) · никто не взял · с {date}",
  "nps.digest.followUpsNone": "*Открытая работа с критиками:* нет :tada:",
  "nps.digest.footer": "NPS = % промоутеров (9–10) минус % критиков (0–6).",
  "nps.digest.text":
    "NPS · {month}: {nps} ({responses, plural, one {# ответ} few {# ответа} many {# ответов} other {# ответа}})",

  // --- Еженедельная сводка для руководителя (язык руководителя)
  "escalation.header":
    "{count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} в вашей команде без обновлений не меньше {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}}",
  "escalation.intro": "Каждый менеджер получил о них напоминание. Ваше слово может помочь:",
  "escalation.rep": "*<@{rep}>* · {count}",
  "escalation.footer": "`/deal show #id` показывает историю сделки.",
  "escalation.text":
    "{count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} в вашей команде без обновлений не меньше {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}}.",

  // --- Не удалось опубликовать в канал (язык администратора)
  "delivery.line": ":warning: {what}: не удалось опубликовать в канале <#{channel}> — {advice}",
  "delivery.what.weeklyDigest": "Еженедельный отчёт",
  "delivery.what.riskAlerts": "Оповещения о рисках",
  "delivery.what.npsDigest": "NPS-отчёт",
  "delivery.what.npsSurveys": "NPS-оповещение",
  "delivery.what.other": "Сообщение ({job})",
  "delivery.advice.private":
    "канал приватный (или удалён): пригласите туда @Dealbot командой `/invite @Dealbot` в самом канале или выберите другой канал в `/deal admin`.",
  "delivery.advice.invite": "пригласите @Dealbot: введите в канале `/invite @Dealbot`.",
  "delivery.advice.scope":
    "приложению не хватает разрешения `{scope}`: переустановите Dealbot из его manifest.yml (api.slack.com/apps → ваше приложение → Install App).",
  "delivery.advice.archived": "канал архивирован: выберите другой канал в `/deal admin`.",
  "delivery.advice.other": "Slack ответил `{code}`.",
  "delivery.retrying":
    "Dealbot сам будет повторять попытки до конца этого периода; после исправления больше ничего делать не нужно.",
  "delivery.noRetry":
    "Dealbot не будет повторять эту попытку. `dealbot status` показывает неудачные доставки.",

  // --- Диаграмма отчёта (язык команды)
  "chart.pipeline": "Открытая воронка по этапам ({currency})",
  "chart.total": "всего",
  "chart.weighted": "взвешенно",
  "chart.noStages": "Нет открытых этапов",
  "chart.forecast": "Прогноз против плана",
  "chart.month": "Месяц {period}",
  "chart.quarter": "Квартал {period}",
  "chart.won": "выиграно",
  "chart.commit": "Commit",
  "chart.bestCase": "оптимистично",
  "chart.history": "история",
  "chart.target": "план {amount}",
  "survey.formRefused": "Не удалось принять форму. Откройте ссылку из сообщения ещё раз.",
};
