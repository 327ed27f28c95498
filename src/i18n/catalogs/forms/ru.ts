import type { FormsKey } from "./en.js";

export const ruForms: Record<FormsKey, string> = {
  "form.deal.create.title": "Новая сделка",
  "form.deal.update.title": "Изменить сделку #{id}",
  "form.deal.create.submit": "Создать",
  "form.deal.update.submit": "Сохранить",
  "form.deal.close": "Отмена",
  "form.deal.name.label": "Название сделки",
  "form.deal.name.placeholder": "Acme – 50 лицензий",
  "form.deal.account.label": "Клиент",
  "form.deal.account.placeholder": "Acme",
  "form.deal.amount.label": "Сумма",
  "form.deal.amount.placeholder": "12k, 12500 или 12 500,50",
  "form.deal.amount.hint": "Без знака валюты используется валюта, указанная ниже.",
  "form.deal.currency.label": "Валюта",
  "form.deal.stage.label": "Этап",
  "form.deal.stage.option": "{stage} ({probability}%)",
  "form.deal.close.label": "Ожидаемая дата закрытия",
  "form.deal.next.label": "Следующий шаг",
  "form.deal.next.placeholder": "Отправить КП",
  "form.deal.nextDue.label": "Срок следующего шага",
  "form.deal.owner.label": "Ответственный",
  "form.deal.probability.label": "Вероятность (%)",
  "form.deal.probability.placeholder": "Оставьте пустым, чтобы взять вероятность этапа",
  "form.deal.lossReason.label": "Причина проигрыша (если проиграна)",
  "form.deal.unreadable": "Не удалось прочитать форму. Закройте её и попробуйте ещё раз.",
  "form.deal.name.missing": "Укажите название сделки, например: Acme – 50 лицензий.",
  "form.deal.amount.missing": "Укажите сумму, например: 12k или 12 500.",
  "form.deal.amount.currencyMismatch":
    "Сумма указана в {amountCurrency}, а в поле валюты — {currency}. Приведите их в соответствие.",
  "form.deal.stage.missing": "Выберите этап.",
  "form.deal.close.missing": "Выберите ожидаемую дату закрытия.",
  "form.deal.owner.missing": "Выберите ответственного за сделку.",
  "form.deal.gone": "Этой сделки больше нет.",
  "form.deal.someone": "кто-то",
  "form.deal.changedBy":
    "Пока вы редактировали, {who} внёс(ла) изменение ({change}). Ничего не сохранено: закройте форму и откройте её снова.",
  "form.deal.changed":
    "Сделку изменили, пока вы её редактировали. Ничего не сохранено: закройте форму и откройте её снова.",
  // --- NPS forms (the follow-up outcome: the reader's language; the comment: the contact's) and contact/survey replies
  "form.nps.closed": "Этот ответ уже нельзя изменить.",
  "form.nps.notYours": "Этот опрос не для вас.",
  "form.nps.outcome.title": "Работа с критиком",
  "form.nps.outcome.submit": "Завершить работу",
  "form.nps.outcome.label": "Чем закончился контакт с клиентом ({who})?",
  "form.nps.outcome.missing": "Напишите, чем закончился контакт.",
  "form.nps.outcome.closed": "Эта работа уже завершена.",
  "npsContacts.optedOut": ":no_bell: отказ от опросов",
  "npsContacts.added":
    "{created, select, yes {Добавлен} other {Обновлён}} контакт {contact} у клиента *{account}*{newAccount, select, yes { (новый клиент)} other {}}.",
  "npsContacts.addedTip": "Все контакты: `/deal contact list {account}`",
  "npsContacts.none": "У клиента *{account}* пока нет контактов.",
  "npsContacts.noneTip": "Добавьте контакт: `/deal contact add Maria maria@acme.com account Acme`",
  "npsContacts.listText": "Контакты клиента {account}",
  "npsContacts.listHeading": "*Контакты клиента {account}* ({count})",
  "npsContacts.noneToSurvey": "*{target}*: нет контактов, которым можно отправить опрос.",
  "npsContacts.sent":
    "• :white_check_mark: {who}: опрос отправлен {channel, select, slack {в Slack} email {по электронной почте} other {({channel})}}",
  "npsContacts.retry": "• :hourglass: {who}: пока не удалось отправить; попробуем ещё раз",
  "npsContacts.recent": "• :no_entry_sign: {who}: опрос уже отправляли {date} (не чаще раза в 90 дней)",
  "npsContacts.skipped": "• :no_entry_sign: {who}: {reason}",
  "npsContacts.skip.optedOut": "отказ от опросов",
  "npsContacts.skip.noChannel": "нет пользователя Slack и email (или почта не настроена)",
  "npsContacts.skip.duplicate": "уже запрошен",
  "npsContacts.sentText": "NPS-опросы: {target}",
  "npsContacts.sentHeading": "*NPS-опросы: {target}*",
  "npsContacts.sentNote": "Ответы и оповещения о критиках приходят в NPS-канал.",
  // --- /deal admin: the form, its messages and the confirmation (the admin's own language); quotas
  "admin.form.title": "Настройки команды",
  "admin.form.submit": "Сохранить",
  "admin.form.close": "Отмена",
  "admin.form.timezone.label": "Часовой пояс команды",
  "admin.form.timezone.hint":
    "Название IANA, напр. Europe/Moscow. По нему отправляются дайджесты и оповещения о рисках.",
  "admin.form.currency.label": "Валюта",
  "admin.form.currency.hint": "Код ISO 4217 для сумм, введённых без валюты.",
  "admin.form.language.label": "Язык команды",
  "admin.form.language.hint":
    "На этом языке пишутся дайджесты, оповещения о рисках и другие сообщения в каналах. Каждому отвечаем на его языке Slack (или выбранном через /deal language).",
  "admin.form.digest.label": "Каналы дайджеста",
  "admin.form.digest.placeholder": "Выберите каналы",
  "admin.form.digest.hint": "Куда публикуется понедельничный дайджест воронки.",
  "admin.form.channel.placeholder": "Выберите канал",
  "admin.form.alerts.label": "Канал оповещений",
  "admin.form.alerts.hint":
    "Оповещения о рисках для руководителей. Если пусто, действует настройка сервера (DEALBOT_CHANNEL_ALERTS), если она задана.",
  "admin.form.nps.label": "Канал NPS",
  "admin.form.nps.hint":
    "Результаты NPS и оповещения о критиках. Если пусто, действует настройка сервера (DEALBOT_CHANNEL_NPS), если она задана.",
  "admin.form.win.label": "Объявления о выигрышах",
  "admin.form.win.hint":
    "Короткое сообщение (кто и на какую сумму), когда сделка выиграна; о проигрышах — нет. Если пусто, объявлений нет.",
  "admin.form.segments.label": "Сегменты клиентов",
  "admin.form.segments.placeholder": "МСБ\nСредний бизнес\nКорпоративные",
  "admin.form.segments.hint":
    "По одному в строке. Сегмент клиента задаётся командой /deal account Acme segment SMB или столбцом CSV; дайджест показывает воронку и выигрыши по сегментам.",
  "admin.form.stages.label": "Открытые этапы в порядке воронки",
  "admin.form.stages.placeholder": "Лид: 10%\nКоммерческое предложение: 50%",
  "admin.form.reasons.label": "Причины проигрыша",
  "admin.form.reasons.placeholder": "Слишком высокая цена",
  "admin.form.reasons.hint":
    "По одной в строке, в порядке показа. Удалённую причину больше не предлагают; сделки её сохраняют.",
  "admin.form.managers.label": "Руководители",
  "admin.form.managers.placeholder": "Выберите руководителей",
  "admin.form.managers.hint":
    "Каждый руководитель получает ниже поле для своих менеджеров по продажам. Руководители могут обновлять сделки своих менеджеров.",
  "admin.form.reps.label": "Менеджеры: {name}",
  "admin.form.reps.placeholder": "Выберите менеджеров",
  "admin.form.hiddenManagers":
    "Не показаны менеджеры ещё {count, plural, one {# руководителя} few {# руководителей} many {# руководителей} other {# руководителя}} (форма вмещает {blocks} блоков); их команды остаются как есть. Выберите здесь меньше руководителей, чтобы их изменить.",
  "admin.form.unreadable": "Не удалось прочитать форму. Закройте её и снова выполните /deal admin.",
  "admin.form.adminsOnly":
    ":no_entry: Менять настройки команды могут только администраторы Dealbot. Обратитесь к администратору или задайте DEALBOT_ADMINS.",
  "admin.form.refused":
    "Менять настройки команды могут только администраторы Dealbot. Ничего не сохранено: обратитесь к администратору.",
  "admin.saved.head":
    ":white_check_mark: *Настройки команды сохранены:* часовой пояс {timezone}, валюта {currency}{language, select, none {} other {, язык {language}}}, дайджест {digest}, оповещения {alerts}, NPS {nps}.",
  "admin.saved.none": "нет",
  "admin.saved.noReps": "нет менеджеров",
  "admin.saved.stages": "• *Этапы:* {stages}, далее Выиграна и Проиграна.",
  "admin.saved.added": "• Новые этапы: {names}.",
  "admin.saved.retired": "• Убранные этапы: {names}.",
  "admin.saved.reasons": "• *Причины проигрыша:* {names}.",
  "admin.saved.win": "• *Объявления о выигрышах:* {channel}.",
  "admin.saved.segments": "• *Сегменты:* {names}.",
  "admin.saved.noLongerOffered": "• Больше не предлагаются: {names}.",
  "admin.saved.teams": "• *Команды:* {teams}",
  "admin.saved.team": "<@{manager}>: {reps}",
  "admin.saved.noManagers": "• *Команды:* нет руководителей.",
  "admin.saved.text":
    "Настройки команды сохранены: часовой пояс {timezone}, валюта {currency}, {stages, plural, one {# открытый этап} few {# открытых этапа} many {# открытых этапов} other {# открытого этапа}}, {reasons, plural, one {# причина проигрыша} few {# причины проигрыша} many {# причин проигрыша} other {# причины проигрыша}}, {managers, plural, one {# руководитель} few {# руководителя} many {# руководителей} other {# руководителя}}.",
  "admin.quota.saved": "План для {subject, select, team {команды} other {<@{subject}>}}, {period}: {amount}.",
  "admin.quota.tip": "Он виден в еженедельном дайджесте и в `/deal forecast`.",
  // --- /deal admin: problems with the settings (the admin's language)
  "admin.problem.timezone.missing":
    "Укажите часовой пояс команды как название IANA, например Europe/Moscow или America/New_York.",
  "admin.problem.timezone.unknown":
    'Часовой пояс "{text}" мне неизвестен. Используйте название IANA, например Europe/Moscow или America/New_York.',
  "admin.problem.currency.invalid": '"{text}" — не код валюты ISO 4217; например: EUR, USD или RUB.',
  "admin.problem.currency.missing": "Укажите код валюты ISO 4217, например EUR, USD или RUB.",
  "admin.problem.language.invalid": "Выберите один из языков: {choices}.",
  "admin.problem.line.noProbability": 'В строке {line} "{text}" нет вероятности.',
  "admin.problem.line.noName": 'В строке {line} "{text}" нет названия этапа.',
  "admin.problem.line.tooLong": 'Строка {line}: "{text}…" длиннее {max} символов.',
  "admin.problem.line.badProbability":
    'Строка {line}: вероятность "{text}" должна быть целым числом от 0 до 100.',
  "admin.problem.line.duplicateStage":
    'Строка {line}: "{text}" уже есть в строке {first}; названия этапов должны различаться.',
  "admin.problem.more":
    "(и ещё {count, plural, one {# похожая проблема} few {# похожие проблемы} many {# похожих проблем} other {# похожей проблемы}})",
  "admin.problem.stages.none": "Укажите хотя бы один открытый этап.",
  "admin.problem.stages.tooMany": "Открытых этапов может быть не больше {max}; вы указали {count}.",
  "admin.problem.stages.howTo":
    'Пишите по одному открытому этапу в строке: название и вероятность, например "{example}".',
  "admin.problem.stages.fixed":
    '"{name}" — это этап {kind, select, won {выигранных} lost {проигранных} other {{kind}}} сделок, он есть всегда: уберите его из этого списка.',
  "admin.problem.stages.inUse":
    "На этапе {stage} ещё {count, plural, one {# открытая сделка: сначала перенесите её} few {# открытые сделки: сначала перенесите их} many {# открытых сделок: сначала перенесите их} other {# открытой сделки: сначала перенесите их}} или оставьте {stage} в списке.",
  "admin.problem.stages.justMoved":
    "На этап {stage} только что перенесли {count, plural, one {# открытую сделку: перенесите её} few {# открытые сделки: перенесите их} many {# открытых сделок: перенесите их} other {# открытой сделки: перенесите их}} обратно или оставьте {stage} в списке. Ничего не сохранено.",
  "admin.problem.stages.concurrent":
    "Кто-то в этот же момент изменил этапы или причины проигрыша. Ничего не сохранено: отправьте форму ещё раз.",
  "admin.problem.team.ownRep": "{name} не может быть своим же менеджером.",
  "admin.problem.team.twoManagers":
    "{rep} уже выбран и у руководителя {manager}: у менеджера один руководитель, выберите его только один раз.",
  "admin.problem.team.circle":
    "{names} руководили бы друг другом по кругу: определите, кто кому подчиняется.",
  // --- /deal show: a deal's details and history (the reader's language)
  "details.amount": "*Сумма*\n{amount} (взвешенная {weighted})",
  "details.stage": "*Этап*\n{stage} · {probability}%",
  "details.stageOwn": "*Этап*\n{stage} · {probability}% (задано для сделки)",
  "details.expectedClose": "*Ожидаемое закрытие*\n{date}",
  "details.closed": "*Закрыта*\n{date}",
  "details.owner": "*Ответственный*\n<@{owner}>",
  "details.account": "*Клиент*\n{account}",
  "details.nextStep": "*Следующий шаг*\n{step}",
  "details.nextStepDue": "*Следующий шаг*\n{step} (до {due})",
  "details.lossReason": "*Причина проигрыша*\n{reason}",
  "details.lossReasonNote": "*Причина проигрыша*\n{reason}: {note}",
  "details.pushed":
    "Дату закрытия переносили {count, plural, one {# раз} few {# раза} many {# раз} other {# раза}}.",
  "details.update.button": "Обновить",
  "details.source":
    "{source, select, command {/deal} modal {форма} button {кнопка} job {Dealbot} import {импорт} system {Dealbot} other {{source}}}",
  "details.kind":
    "{kind, select, created {создана} updated {обновлена} won {выиграна} lost {проиграна} reopened {открыта снова} undone {отменено} confirmed {подтверждена} other {{kind}}}",
  "details.history": "*Последние изменения*\n{lines}",
  "details.historyLine": "• {time} · {who} ({source}) · *{kind}*",
  "details.historyLineChanges": "• {time} · {who} ({source}) · *{kind}*: {changes}",
  // --- /deal lost with a reason the team does not have
  "form.lost.unknownReason": 'Причины проигрыша "{reason}" нет среди этих: {reasons}.',
};
