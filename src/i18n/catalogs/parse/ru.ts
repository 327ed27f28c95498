import type { ParseKey } from "./en.js";

// Слова команд (new, amount, close…) в примерах остаются английскими: они работают всегда.
// Примеры дат по-русски, потому что разбор дат их понимает.
export const ruParse: Record<ParseKey, string> = {
  "parse.tip.quote": "Если в названии или значении есть слово поля, возьмите его в кавычки: «Next Gen ООО».",
  "parse.tip.date":
    "Попробуйте, например, в пятницу, в следующую пятницу, через 2 недели, в конце месяца, 15.01.2027 или 2027-01-15.",
  "parse.tip.range": "Попробуйте, например, this month, next quarter, jan 2027 или 01.12.2026..31.12.2026.",
  "parse.tip.dueBy": "Если «by» — часть следующего шага, возьмите шаг в кавычки: next «call by phone».",
  "parse.tip.orTeam": "Или укажите «team».",
  "parse.what.date": "Дата",
  "parse.what.close": "Дата закрытия",
  "parse.what.nextDue": "Срок следующего шага",
  "parse.what.snooze": "Дата окончания отсрочки",
  "parse.what.away": "Дата возвращения",
  "parse.what.closing": "Период закрытия",
  "parse.what.person": "Сотрудник",
  "parse.what.owner": "Ответственный",
  "parse.what.rep": "Менеджер",
  "parse.what.quotaOwner": "Владелец плана",
  "parse.what.slackUser": "Пользователь Slack",
  "parse.what.name": "Название",
  "parse.what.account": "Клиент",
  "parse.what.stage": "Этап",
  "parse.what.next": "Следующий шаг",

  "parse.amount.empty": "Сумма не указана. Попробуйте, например, 12k, 12500 или 12 500,50.",
  "parse.amount.negative": "Сумма «{text}» отрицательная. Сумма должна быть не меньше 0, например 5k.",
  "parse.amount.notNumber": "Не понимаю сумму «{text}». Попробуйте, например, 12k, 12500 или 12 500,50.",
  "parse.amount.tooPrecise":
    "В сумме «{text}» слишком много знаков после запятой: {currency} {digits, plural, =0 {не имеет дробной части} one {допускает только # знак после запятой} few {допускает только # знака после запятой} many {допускает только # знаков после запятой} other {допускает только # знака после запятой}}, например {closest}.",
  "parse.amount.tooLarge":
    "Сумма «{text}» слишком велика: максимум, который я принимаю, — {max, number}. Проверьте, нет ли лишних нулей, например 12m.",
  "parse.amount.unknownCurrency":
    "В сумме «{text}» незнакомая мне валюта («{written}»). Используйте трёхбуквенный код, например EUR, USD или RUB: 300 EUR.",
  "parse.amount.twoCurrencies":
    "В сумме «{text}» две валюты ({first} и {second}). Укажите одну, например 300 {second}.",
  "parse.amount.separators":
    "Не могу разобрать разделители в сумме «{text}». Используйте один десятичный разделитель и группы по три цифры, например 12 500,50 или 12,500.50.",
  "parse.amount.ambiguousMultiplier":
    "Сумма «{text}» неоднозначна: «{num}» — это тысячи или дробная часть? Напишите без разделителей тысяч, например {plain}, или с короткой дробной частью, например {decimal}.",
  "parse.amount.ambiguous":
    "Сумма «{text}» неоднозначна: это может быть {whole} или {decimal}. Напишите {whole}, если это целое число, или {short}, если дробное.",
  "parse.amount.currencyClash":
    "Сумма «{text}» в {currency}, а в поле currency указано {field}. Оставьте одну валюту, например amount 12k currency {field}.",
  "parse.currency.unknown":
    "Валюта «{text}» мне незнакома. Используйте трёхбуквенный код, например EUR, USD или RUB.",

  "parse.date.empty": "{what}: значение не указано.",
  "parse.date.badZone": "Часовой пояс «{zone}» мне незнаком, например Europe/Moscow.",
  "parse.date.unreadable": "{what}: «{input}» — это не дата, которую я понимаю.",
  "parse.date.noMonth":
    "{what}: «{input}» — несуществующая дата, месяца {month} нет. Сначала пишется день, например 15.01.2027 или 2027-01-15.",
  "parse.date.noDay": "{what}: «{input}» — несуществующая дата, дня {day} нет. Попробуйте {last}.",
  "parse.date.shortMonth":
    "{what}: «{input}» — несуществующая дата ({month} — {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}). Попробуйте {last}.",
  "parse.date.dayFirst":
    "{what}: «{input}» — месяца {month} нет, сначала пишется день. Попробуйте {swapped} или 2027-01-15.",
  "parse.date.tooFar":
    "{what}: «{input}» ({day}) — слишком далеко. Укажите дату между {min} и {max} годами, например 2027-01-15.",
  "parse.date.weekday":
    "{what}: «{input}» не сходится: {date} — это {actual}, а не {written}. Попробуйте {date}.",
  "parse.date.wholePeriod":
    "{what}: «{input}» — это {period, select, quarter {целый квартал, а не день. Попробуйте в конце квартала или end of next quarter} year {целый год, а не день. Попробуйте в конце года или end of next year} other {целый месяц, а не день. Попробуйте в конце месяца или в конце следующего месяца}}.",
  "parse.date.extraWords":
    "{what}: в «{input}» есть слова, которые я не могу разобрать («{extra}»). Укажите только дату, например «{date}».",
  "parse.date.notDay":
    "{what}: «{input}» — это {kind, select, time {время} other {больше одного дня}}, а мне нужен день. Попробуйте завтра, в пятницу или 15.01.",
  "parse.range.empty": "Период закрытия не указан.",
  "parse.range.backwards":
    "Период закрытия «{input}» заканчивается раньше, чем начинается. Сначала укажите более раннюю дату, например 01.12.2026..31.12.2026.",
  "parse.range.tooFar":
    "Период закрытия «{input}» слишком далеко. Укажите период между {min} и {max} годами, например jan 2027.",

  "parse.mention.empty":
    "{what}: значение не указано. Выберите человека из подсказок @ в Slack, чтобы имя стало упоминанием, например @maria.",
  "parse.mention.channel":
    "{what}: «{text}» — это канал, а не человек. Выберите человека из подсказок @ в Slack, чтобы имя стало упоминанием, например @maria.",
  "parse.mention.group":
    "{what}: «{text}» — это группа, а не один человек. Выберите человека из подсказок @ в Slack, чтобы имя стало упоминанием, например @maria.",
  "parse.mention.several":
    "{what}: «{text}» упоминает больше одного человека. Укажите одного, например @maria.",
  "parse.mention.plain":
    "{what}: «{text}» — это обычный текст, а не упоминание в Slack. Выберите человека из подсказок @ в Slack, чтобы имя стало упоминанием, например @maria.",
  "parse.mention.invalid":
    "{what}: «{text}» — не упоминание одного человека в Slack. Выберите человека из подсказок @ в Slack, чтобы имя стало упоминанием, например @maria.",
  "parse.ref.empty": "Какая сделка? Укажите её номер, например #42, или название, например Acme.",
  "parse.ref.channel":
    "«{text}» — это канал Slack, а не сделка. Укажите номер сделки, например #42, или название, например Acme.",
  "parse.ref.person":
    "«{text}» — это человек, а не сделка. Укажите номер сделки, например #42, или название, например Acme.",
  "parse.ref.badNumber":
    "«{text}» — не номер сделки: после # идут только цифры, например #42. Или укажите название сделки, например Acme.",
  "parse.ref.tooLong":
    "Название «{start}…» слишком длинное для сделки (больше {max} символов). Укажите номер, например #42, или название, например Acme.",
  "parse.probability.invalid":
    "Вероятность «{text}» должна быть целым числом от 0 до 100, например 40 или 40%.",
  "parse.forecast.invalid":
    "Прогноз «{text}» — не категория: используйте commit, best, pipeline или omit, например forecast commit.",
  "parse.lossReason.unknown":
    "Причины проигрыша «{text}» нет в списке: {reasons}. Попробуйте /deal lost Acme reason {example}.",
  "parse.lossReason.empty": "Причина проигрыша «{text}» пустая. Попробуйте /deal lost Acme reason {example}.",
  "parse.quota.zero": "План 0 — это не план. Укажите сумму, например 50k.",
  "parse.quota.period": "Период «{text}» — ни месяц (2026-11), ни квартал (2026-Q4).",
  "parse.quota.missing":
    "Укажите, для кого, сколько и на какой период, например /deal admin quota @maria 50k 2026-11 или /deal admin quota team 600k 2026-Q4.",

  "parse.quote.open": "Кавычка не закрыта: {text}. Закройте её, например /deal new «Next Gen» amount 5k.",
  "parse.fields.twice": "Поле «{name}» указано дважды. Укажите каждое поле один раз, например {example}.",
  "parse.fields.noValue": "После «{name}» нужно значение, например {example}.",
  "parse.field.empty": "{what}: значение не указано. Укажите его, например {example}.",
  "parse.field.tooLong":
    "{what}: {length, plural, one {# символ} few {# символа} many {# символов} other {# символа}}, а можно не больше {max}. Сократите, например {example}.",
  "parse.list.onePerson":
    "Показывайте сделки одного человека за раз, например /deal list @maria stage proposal closing this month.",
  "parse.list.extra":
    "Не понимаю «{text}» в /deal list. Попробуйте /deal list @maria stage proposal closing this month.",
  "parse.log.type":
    "Укажите, что вы сделали: call, meeting, email, demo или task, например /deal log call Acme out оставил голосовое сообщение.",
  "parse.log.deal": "Какая сделка? Например /deal log call Acme out оставил голосовое сообщение.",
  "parse.account.usage": "Укажите клиента и его сегмент, например /deal account Acme segment Enterprise.",
  "parse.lost.deal":
    "Какая сделка проиграна? Например /deal lost Acme reason price note выбрали более дешёвый инструмент.",
  "parse.lost.reasonEmpty":
    "Причина не указана. Укажите её, например /deal lost Acme reason price note выбрали более дешёвый инструмент.",
  "parse.new.twoNames":
    "У сделки два названия: «{lead}» и «name {name}». Оставьте одно, например /deal new Acme amount 12k stage proposal close в следующую пятницу.",
  "parse.new.noName":
    "Новой сделке сначала нужно название, например /deal new Acme amount 12k stage proposal close в следующую пятницу.",
  "parse.new.nameTooLong":
    "Название сделки длиннее {max} символов. Выберите покороче, например /deal new Acme amount 12k stage proposal close в следующую пятницу.",
  "parse.nps.usage":
    "Используйте nps send, например /deal nps send Acme (клиент) или /deal nps send maria@acme.ru (контакт).",
  "parse.nps.target":
    "Кого опросить? Например /deal nps send Acme (клиент) или /deal nps send maria@acme.ru (контакт).",
  "parse.ref.missing": "Какая сделка? Например /deal {command} #42 или /deal {command} Acme.",
  "parse.undo.extra":
    "После /deal undo слова не нужны: команда отменяет ваше последнее изменение. Попробуйте /deal undo.",
  "parse.snooze.deal": "Какая сделка? Например /deal snooze Acme until 15.01.2027 because клиент в отпуске.",
  "parse.snooze.until":
    "Укажите, до какой даты, например /deal snooze Acme until 15.01.2027 because клиент в отпуске.",
  "parse.snooze.why":
    "Укажите причину, чтобы руководитель знал, например /deal snooze Acme until 15.01.2027 because клиент в отпуске.",
  "parse.update.deal":
    "Какая сделка? Начните с её номера или названия, например /deal update Acme stage proposal amount 12k close в следующую пятницу.",
  "parse.away.usage":
    "Укажите, до какой даты вас не будет, например /deal away until 04.01.2027, или /deal away off, когда вернётесь.",
  "parse.contact.list": "Какой клиент? Например /deal contact list Acme.",
  "parse.contact.usage":
    "Используйте contact add или contact list, например /deal contact add Мария Иванова maria@acme.ru account Acme lang ru slack @maria или /deal contact list Acme.",
  "parse.contact.nameEmail":
    "Укажите имя контакта, затем email, например /deal contact add Мария Иванова maria@acme.ru account Acme lang ru slack @maria.",
  "parse.contact.account":
    "Укажите, к какому клиенту относится контакт, например /deal contact add Мария Иванова maria@acme.ru account Acme lang ru slack @maria.",
  "parse.digest.extra": "После /deal digest слова не нужны. Попробуйте /deal digest.",
  "parse.forecast.usage":
    "Используйте /deal forecast (ваш прогноз), /deal forecast team (ваша команда, для руководителей) или /deal forecast team call 250k quarter (зафиксировать ваш прогноз).",
  "parse.stats.one": "Укажите не больше одного менеджера, например /deal stats @maria.",

  "match.stage.ambiguous": "Этап «{text}» может быть {names}: какой именно?",
  "match.stage.none": "Этапа «{text}» нет среди этапов команды: {names}. Попробуйте stage {example}.",
  "match.stage.lost": "Для проигранной сделки нужна причина, например /deal lost Acme reason price.",

  "parse.help.aliases":
    "Команды работают и по-русски: `новая` (new), `обновить` (update), `список` (list), `показать` (show), `выиграна` (won), `проиграна` (lost), `отменить` (undo), `отсутствие` (away), `отложить` (snooze), `записать` (log), `сводка` (digest), `прогноз` (forecast), `статистика` (stats), `язык` (language), `помощь` (help). Дальнейшие слова (amount, close, until, reason…) остаются английскими: `/deal новая Acme amount 12k close в следующую пятницу`.",
};
