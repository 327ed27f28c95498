import type { ParseKey } from "./en.js";

// Слова команд (new, amount, close…) у прикладах лишаються англійською: вони працюють завжди.
// Приклади дат українською, бо читач дат їх розуміє.
export const ukParse: Record<ParseKey, string> = {
  "parse.tip.quote": "Якщо назва чи значення містить слово поля, візьміть його в лапки: «Next Gen ТОВ».",
  "parse.tip.date":
    "Спробуйте, наприклад, у п'ятницю, наступної п'ятниці, через 2 тижні, в кінці місяця, 15.01.2027 або 2027-01-15.",
  "parse.tip.range": "Спробуйте, наприклад, this month, next quarter, jan 2027 або 01.12.2026..31.12.2026.",
  "parse.tip.dueBy": "Якщо «by» — частина наступного кроку, візьміть крок у лапки: next «call by phone».",
  "parse.tip.orTeam": "Або вкажіть «team».",
  "parse.what.date": "Дата",
  "parse.what.close": "Дата закриття",
  "parse.what.nextDue": "Термін наступного кроку",
  "parse.what.snooze": "Дата кінця відкладення",
  "parse.what.away": "Дата повернення",
  "parse.what.closing": "Період закриття",
  "parse.what.person": "Особа",
  "parse.what.owner": "Власник",
  "parse.what.rep": "Менеджер",
  "parse.what.quotaOwner": "Власник плану",
  "parse.what.slackUser": "Користувач Slack",
  "parse.what.name": "Назва",
  "parse.what.account": "Клієнт",
  "parse.what.stage": "Етап",
  "parse.what.next": "Наступний крок",

  "parse.amount.empty": "Сума не вказана. Спробуйте, наприклад, 12k, 12500 або 12 500,50.",
  "parse.amount.negative": "Сума «{text}» від'ємна. Сума має бути не менше 0, наприклад 5k.",
  "parse.amount.notNumber": "Не розумію суму «{text}». Спробуйте, наприклад, 12k, 12500 або 12 500,50.",
  "parse.amount.tooPrecise":
    "У сумі «{text}» забагато знаків після коми: {currency} {digits, plural, =0 {не має дробової частини} one {допускає лише # знак після коми} few {допускає лише # знаки після коми} many {допускає лише # знаків після коми} other {допускає лише # знака після коми}}, наприклад {closest}.",
  "parse.amount.tooLarge":
    "Сума «{text}» завелика: найбільше, що я приймаю, — {max, number}. Перевірте, чи немає зайвих нулів, наприклад 12m.",
  "parse.amount.unknownCurrency":
    "Сума «{text}» має невідому мені валюту («{written}»). Використайте тризначний код, як-от EUR, USD чи UAH, наприклад 300 EUR.",
  "parse.amount.twoCurrencies":
    "Сума «{text}» містить дві валюти ({first} і {second}). Вкажіть одну, наприклад 300 {second}.",
  "parse.amount.separators":
    "Не можу прочитати роздільники в сумі «{text}». Використайте один десятковий роздільник і групи по три цифри, наприклад 12 500,50 або 12,500.50.",
  "parse.amount.ambiguousMultiplier":
    "Сума «{text}» неоднозначна: «{num}» — це тисячі чи дробова частина? Напишіть без роздільників тисяч, наприклад {plain}, або з короткою дробовою частиною, наприклад {decimal}.",
  "parse.amount.ambiguous":
    "Сума «{text}» неоднозначна: це може бути {whole} або {decimal}. Напишіть {whole}, якщо це ціле число, або {short}, якщо дробове.",
  "parse.amount.currencyClash":
    "Сума «{text}» у {currency}, а в полі currency вказано {field}. Залиште одну, наприклад amount 12k currency {field}.",
  "parse.currency.unknown":
    "Валюта «{text}» мені невідома. Використайте тризначний код, як-от EUR, USD чи UAH.",

  "parse.date.empty": "{what}: значення не вказано.",
  "parse.date.badZone": "Часовий пояс «{zone}» мені невідомий, наприклад Europe/Kyiv.",
  "parse.date.unreadable": "{what}: «{input}» — це не дата, яку я розумію.",
  "parse.date.noMonth":
    "{what}: «{input}» — не справжня дата, місяця {month} не існує. Спершу день, наприклад 15.01.2027 або 2027-01-15.",
  "parse.date.noDay": "{what}: «{input}» — не справжня дата, дня {day} не існує. Спробуйте {last}.",
  "parse.date.shortMonth":
    "{what}: «{input}» — не справжня дата: {month} має {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}. Спробуйте {last}.",
  "parse.date.dayFirst":
    "{what}: «{input}» — місяця {month} не існує, спершу пишеться день. Спробуйте {swapped} або 2027-01-15.",
  "parse.date.tooFar":
    "{what}: «{input}» ({day}) — надто далеко. Вкажіть дату між {min} і {max} роками, наприклад 2027-01-15.",
  "parse.date.weekday":
    "{what}: «{input}» не сходиться: {date} — це {actual}, а не {written}. Спробуйте {date}.",
  "parse.date.wholePeriod":
    "{what}: «{input}» — це {period, select, quarter {цілий квартал, а не день. Спробуйте в кінці кварталу або end of next quarter} year {цілий рік, а не день. Спробуйте в кінці року або end of next year} other {цілий місяць, а не день. Спробуйте в кінці місяця або в кінці наступного місяця}}.",
  "parse.date.extraWords":
    "{what}: у «{input}» є слова, які я не можу розібрати («{extra}»). Вкажіть лише дату, наприклад «{date}».",
  "parse.date.notDay":
    "{what}: «{input}» — це {kind, select, time {час} other {більше ніж один день}}, а мені потрібен день. Спробуйте завтра, у п'ятницю або 15.01.",
  "parse.range.empty": "Період закриття не вказано.",
  "parse.range.backwards":
    "Період закриття «{input}» закінчується раніше, ніж починається. Спершу вкажіть ранішу дату, наприклад 01.12.2026..31.12.2026.",
  "parse.range.tooFar":
    "Період закриття «{input}» надто далеко. Вкажіть період між {min} і {max} роками, наприклад jan 2027.",

  "parse.mention.empty":
    "{what}: значення не вказано. Виберіть людину з підказок @ у Slack, щоб ім'я стало згадкою, наприклад @maria.",
  "parse.mention.channel":
    "{what}: «{text}» — це канал, а не людина. Виберіть людину з підказок @ у Slack, щоб ім'я стало згадкою, наприклад @maria.",
  "parse.mention.group":
    "{what}: «{text}» — це група, а не одна людина. Виберіть людину з підказок @ у Slack, щоб ім'я стало згадкою, наприклад @maria.",
  "parse.mention.several": "{what}: «{text}» згадує більше ніж одну людину. Вкажіть одну, наприклад @maria.",
  "parse.mention.plain":
    "{what}: «{text}» — це простий текст, а не згадка в Slack. Виберіть людину з підказок @ у Slack, щоб ім'я стало згадкою, наприклад @maria.",
  "parse.mention.invalid":
    "{what}: «{text}» — не згадка однієї людини в Slack. Виберіть людину з підказок @ у Slack, щоб ім'я стало згадкою, наприклад @maria.",
  "parse.ref.empty": "Яка угода? Вкажіть її номер, наприклад #42, або назву, наприклад Acme.",
  "parse.ref.channel":
    "«{text}» — це канал Slack, а не угода. Вкажіть її номер, наприклад #42, або назву, наприклад Acme.",
  "parse.ref.person":
    "«{text}» — це людина, а не угода. Вкажіть номер угоди, наприклад #42, або назву, наприклад Acme.",
  "parse.ref.badNumber":
    "«{text}» — не номер угоди: після # ідуть лише цифри, наприклад #42. Або вкажіть назву угоди, наприклад Acme.",
  "parse.ref.tooLong":
    "Назва «{start}…» задовга для назви угоди (понад {max} символів). Вкажіть номер, наприклад #42, або назву, наприклад Acme.",
  "parse.probability.invalid":
    "Імовірність «{text}» має бути цілим числом від 0 до 100, наприклад 40 або 40%.",
  "parse.forecast.invalid":
    "Прогноз «{text}» — не категорія: використайте commit, best, pipeline або omit, наприклад forecast commit.",
  "parse.lossReason.unknown":
    "Причина програшу «{text}» не входить до списку: {reasons}. Спробуйте /deal lost Acme reason {example}.",
  "parse.lossReason.empty": "Причина програшу «{text}» порожня. Спробуйте /deal lost Acme reason {example}.",
  "parse.quota.zero": "План 0 — це не план. Вкажіть суму, наприклад 50k.",
  "parse.quota.period": "Період «{text}» — ні місяць (2026-11), ні квартал (2026-Q4).",
  "parse.quota.missing":
    "Вкажіть, для кого, скільки і на який період, наприклад /deal admin quota @maria 50k 2026-11 або /deal admin quota team 600k 2026-Q4.",

  "parse.quote.open": "Лапки не закрито: {text}. Закрийте їх, наприклад /deal new «Next Gen» amount 5k.",
  "parse.fields.twice": "Поле «{name}» вказано двічі. Вкажіть кожне поле один раз, наприклад {example}.",
  "parse.fields.noValue": "Після «{name}» потрібне значення, наприклад {example}.",
  "parse.field.empty": "{what}: значення не вказано. Вкажіть його, наприклад {example}.",
  "parse.field.tooLong":
    "{what}: {length, plural, one {# символ} few {# символи} many {# символів} other {# символу}}, а можна щонайбільше {max}. Скоротіть, наприклад {example}.",
  "parse.list.onePerson":
    "Показуйте угоди однієї людини за раз, наприклад /deal list @maria stage proposal closing this month.",
  "parse.list.extra":
    "Не розумію «{text}» у /deal list. Спробуйте /deal list @maria stage proposal closing this month.",
  "parse.log.type":
    "Вкажіть, що ви зробили: call, meeting, email, demo або task, наприклад /deal log call Acme out залишив голосове повідомлення.",
  "parse.log.deal": "Яка угода? Наприклад /deal log call Acme out залишив голосове повідомлення.",
  "parse.account.usage": "Вкажіть клієнта і його сегмент, наприклад /deal account Acme segment Enterprise.",
  "parse.lost.deal":
    "Яку угоду програно? Наприклад /deal lost Acme reason price note обрали дешевший інструмент.",
  "parse.lost.reasonEmpty":
    "Причину не вказано. Вкажіть її, наприклад /deal lost Acme reason price note обрали дешевший інструмент.",
  "parse.new.twoNames":
    "Угода має дві назви: «{lead}» і «name {name}». Залиште одну, наприклад /deal new Acme amount 12k stage proposal close наступної п'ятниці.",
  "parse.new.noName":
    "Нова угода спершу потребує назви, наприклад /deal new Acme amount 12k stage proposal close наступної п'ятниці.",
  "parse.new.nameTooLong":
    "Назва угоди довша за {max} символів. Оберіть коротшу, наприклад /deal new Acme amount 12k stage proposal close наступної п'ятниці.",
  "parse.nps.usage":
    "Використайте nps send, наприклад /deal nps send Acme (клієнт) або /deal nps send maria@acme.ua (контакт).",
  "parse.nps.target":
    "Кого опитати? Наприклад /deal nps send Acme (клієнт) або /deal nps send maria@acme.ua (контакт).",
  "parse.ref.missing": "Яка угода? Наприклад /deal {command} #42 або /deal {command} Acme.",
  "parse.undo.extra":
    "Після /deal undo не потрібно слів: команда скасовує вашу останню зміну. Спробуйте /deal undo.",
  "parse.snooze.deal": "Яка угода? Наприклад /deal snooze Acme until 15.01.2027 because клієнт у відпустці.",
  "parse.snooze.until":
    "Вкажіть, до якої дати, наприклад /deal snooze Acme until 15.01.2027 because клієнт у відпустці.",
  "parse.snooze.why":
    "Вкажіть причину, щоб ваш керівник знав, наприклад /deal snooze Acme until 15.01.2027 because клієнт у відпустці.",
  "parse.update.deal":
    "Яка угода? Почніть з її номера або назви, наприклад /deal update Acme stage proposal amount 12k close наступної п'ятниці.",
  "parse.away.usage":
    "Вкажіть, до якої дати вас не буде, наприклад /deal away until 04.01.2027, або /deal away off, коли повернетеся.",
  "parse.contact.list": "Який клієнт? Наприклад /deal contact list Acme.",
  "parse.contact.usage":
    "Використайте contact add або contact list, наприклад /deal contact add Марія Коваль maria@acme.ua account Acme lang uk slack @maria або /deal contact list Acme.",
  "parse.contact.nameEmail":
    "Вкажіть ім'я контакту, а потім email, наприклад /deal contact add Марія Коваль maria@acme.ua account Acme lang uk slack @maria.",
  "parse.contact.account":
    "Вкажіть, до якого клієнта належить контакт, наприклад /deal contact add Марія Коваль maria@acme.ua account Acme lang uk slack @maria.",
  "parse.digest.extra": "Після /deal digest не потрібно слів. Спробуйте /deal digest.",
  "parse.forecast.usage":
    "Використайте /deal forecast (ваш прогноз), /deal forecast team (ваша команда, для керівників) або /deal forecast team call 250k quarter (зафіксувати ваш прогноз).",
  "parse.stats.one": "Вкажіть щонайбільше одного менеджера, наприклад /deal stats @maria.",

  "match.stage.ambiguous": "Етап «{text}» може бути {names}: який саме?",
  "match.stage.none": "Етапу «{text}» немає серед етапів команди: {names}. Спробуйте stage {example}.",
  "match.stage.lost": "Для програної угоди потрібна причина, наприклад /deal lost Acme reason price.",

  "parse.help.aliases":
    "Команди працюють і українською: `нова` (new), `оновити` (update), `список` (list), `показати` (show), `виграно` (won), `програно` (lost), `скасувати` (undo), `відсутність` (away), `відкласти` (snooze), `записати` (log), `зведення` (digest), `прогноз` (forecast), `статистика` (stats), `мова` (language), `довідка` (help). Подальші слова (amount, close, until, reason…) лишаються англійською: `/deal нова Acme amount 12k close наступної п'ятниці`.",
};
