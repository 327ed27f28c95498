import type { RepliesKey } from "./en.js";

export const ukReplies: Record<RepliesKey, string> = {
  // --- Спільні відповіді
  "reply.savedEarlier":
    "Вашу зміну збережено (Dealbot перервався, перш ніж встиг її підтвердити). Подробиці: `/deal show`.",
  "reply.nudgeExpired": "Термін дії цього нагадування минув.",
  "reply.changedSinceMessage":
    "Угода «{deal}» змінилася після цього повідомлення: відкрийте її через /deal update #{id}.",

  // --- Правила зміни
  "reply.field.stage": "Оберіть етап.",
  "reply.field.lossReason": "Для програної угоди потрібна причина програшу зі списку команди.",
  "reply.field.name": "Дайте угоді назву.",
  "reply.field.amount": "Вкажіть суму, напр. 12k.",
  "reply.field.closeDate": "Вкажіть очікувану дату закриття, напр. наступної п'ятниці.",
  "reply.field.closeDatePast":
    "Дата закриття {date} вже минула. Відкритій угоді потрібна дата від сьогодні (напр. close наступної п'ятниці) — або позначте її як виграну чи програну.",

  // --- Причини програшу в /deal admin
  "reply.lossReasons.tooLong": "Рядок {line}: «{start}…» довший за {max} символів.",
  "reply.lossReasons.repeated": "Рядок {line}: «{reason}» вже є в рядку {first}.",
  "reply.lossReasons.none": "Вкажіть хоча б одну причину програшу.",
  "reply.lossReasons.tooMany": "Не більше {max} причин програшу; ви вказали {count}.",
  "reply.lossReasons.hint": "Пишіть одну причину в рядку, напр. «Обрали конкурента».",

  // --- /deal log, /deal account … segment
  "reply.log.what":
    "{type, select, call {дзвінок} meeting {зустріч} email {лист} demo {демо} other {задача}}{direction, select, in { (вхідний)} out { (вихідний)} other {}}",
  "reply.log.logged":
    ":white_check_mark: Записано в угоді {deal}: {what}. Це зараховується як активність в угоді.",
  "reply.log.loggedNote":
    ":white_check_mark: Записано в угоді {deal}: {what} — {note}. Це зараховується як активність в угоді.",
  "reply.account.none": "Клієнта «{account}» немає. Клієнти з'являються з угод і контактів.",
  "reply.account.unknownSegment":
    "«{segment}» не входить до сегментів команди: {segments}. Список задає адміністратор у `/deal admin`.",
  "reply.account.segmentSet": ":white_check_mark: Клієнт *{account}* тепер у сегменті *{segment}*.",
  "reply.account.segmentCleared": ":white_check_mark: У клієнта *{account}* більше немає сегмента.",

  // --- /deal contact add|list
  "reply.contact.noAccount": "Я не знаю клієнта «{account}».",
  "reply.contact.nameEmpty": "Ім'я порожнє.",
  "reply.contact.nameTooLong": "Ім'я довше за 200 символів.",
  "reply.contact.badEmail": "«{email}» не є адресою email (напр. maria@acme.ua).",
  "reply.contact.accountEmpty": "Клієнт не вказаний.",
  "reply.contact.badLanguage": "Мова «{language}» не входить до: {choices}.",

  // --- /deal nps send
  "nps.send.unknown": "Я не знаю клієнта чи контакту «{target}».",
  "nps.send.unknownTip": "Додайте контакти: `/deal contact add Марія maria@acme.ua account Acme`",

  // --- Кнопки NPS і робота з критиком
  "nps.notYours": "Це опитування не для вас.",
  "nps.answerGone": "Цієї відповіді вже не існує.",
  "nps.followUpClosed": "Цю роботу з критиком уже закрито.",
  "nps.detractor.headline":
    ":rotating_light: *Критик:* {contact} (*{account}*), оцінка *{score}*/10 ({channel, select, email {email} other {Slack}}).",
  "nps.detractor.noComment": "_Без коментаря._",
  "nps.detractor.owner": "Відповідальний за клієнта: <@{owner}>",
  "nps.detractor.noOwner": "Немає відповідального за клієнта",
  "nps.detractor.assignee": "Опрацьовує: <@{user}>",
  "nps.detractor.nobody": "Опрацьовує: поки ніхто",
  "nps.detractor.closed": "Закрито: {outcome}",
  "nps.detractor.take.button": "Беру",
  "nps.detractor.outcome.button": "Записати результат",
  "nps.detractor.text": "Критик: {contact} ({account}), оцінка {score}/10",

  // --- Щомісячний NPS-звіт (мова команди)
  "nps.digest.header": "NPS · {month}",
  "nps.digest.score": "*NPS {nps}* · {trend}",
  "nps.digest.trendNone": "немає попереднього місяця для порівняння",
  "nps.digest.trendSame": "як і минулого місяця ({before})",
  "nps.digest.trendUp": ":arrow_up: +{delta} проти {before} минулого місяця",
  "nps.digest.trendDown": ":arrow_down: {delta} проти {before} минулого місяця",
  "nps.digest.counts":
    "{responses, plural, one {# відповідь} few {# відповіді} many {# відповідей} other {# відповіді}}: промоутери {promoters}, пасивні {passives}, критики {detractors}",
  "nps.digest.byChannel": "*За каналами*",
  "nps.digest.channelLine":
    "• {channel, select, email {Email} other {Slack}}: {responses, plural, one {# відповідь} few {# відповіді} many {# відповідей} other {# відповіді}} з {sent} надісланих · NPS {nps}",
  "nps.digest.channelLineRate":
    "• {channel, select, email {Email} other {Slack}}: {responses, plural, one {# відповідь} few {# відповіді} many {# відповідей} other {# відповіді}} з {sent} надісланих (частка відповідей {rate}%) · NPS {nps}",
  "nps.digest.byRep": "*За менеджерами*",
  "nps.digest.byRepLine": "• <@{rep}>: NPS {nps} ({responses})",
  "nps.digest.noOwnerLine": "• без відповідального: NPS {nps} ({responses})",
  "nps.digest.bySegment": "*За сегментами*",
  "nps.digest.segmentLine": "• {segment}: NPS {nps} ({responses})",
  "nps.digest.noSegmentLine": "• без сегмента: NPS {nps} ({responses})",
  "nps.digest.comments": "*Останні коментарі*",
  "nps.digest.comment": "• *{score}* {contact} ({account}): «{comment}»",
  "nps.digest.followUps": "*Відкрита робота з критиками* ({count})",
  "nps.digest.followUp": "• *{score}* {contact} ({account}) · <@{user}> · з {date}",
  "nps.digest.followUpNobody": "• *{score}* {contact} ({account}) · ніхто не взяв · з {date}",
  "nps.digest.followUpsNone": "*Відкрита робота з критиками:* немає :tada:",
  "nps.digest.footer": "NPS = % промоутерів (9–10) мінус % критиків (0–6).",
  "nps.digest.text":
    "NPS · {month}: {nps} ({responses, plural, one {# відповідь} few {# відповіді} many {# відповідей} other {# відповіді}})",

  // --- Щотижневе зведення для керівника (мова керівника)
  "escalation.header":
    "{count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} у вашій команді без оновлень щонайменше {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}",
  "escalation.intro": "Кожен менеджер отримав про них нагадування. Ваше слово може допомогти:",
  "escalation.rep": "*<@{rep}>* · {count}",
  "escalation.footer": "`/deal show #id` показує історію угоди.",
  "escalation.text":
    "{count, plural, one {# угода} few {# угоди} many {# угод} other {# угоди}} у вашій команді без оновлень щонайменше {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}.",

  // --- Не вдалося опублікувати в канал (мова адміністратора)
  "delivery.line": ":warning: {what}: не вдалося опублікувати в каналі <#{channel}> — {advice}",
  "delivery.what.weeklyDigest": "Щотижневий звіт",
  "delivery.what.riskAlerts": "Сповіщення про ризики",
  "delivery.what.npsDigest": "NPS-звіт",
  "delivery.what.npsSurveys": "NPS-сповіщення",
  "delivery.what.other": "Повідомлення ({job})",
  "delivery.advice.private":
    "канал приватний (або видалений): запросіть туди @Dealbot командою `/invite @Dealbot` у самому каналі або оберіть інший канал у `/deal admin`.",
  "delivery.advice.invite": "запросіть @Dealbot: введіть у каналі `/invite @Dealbot`.",
  "delivery.advice.scope":
    "застосунку бракує дозволу `{scope}`: перевстановіть Dealbot з його manifest.yml (api.slack.com/apps → ваш застосунок → Install App).",
  "delivery.advice.archived": "канал архівовано: оберіть інший канал у `/deal admin`.",
  "delivery.advice.other": "Slack відповів `{code}`.",
  "delivery.retrying":
    "Dealbot сам повторюватиме спроби до кінця цього періоду; коли проблему виправлено, більше нічого робити не треба.",
  "delivery.noRetry": "Dealbot не повторюватиме цю спробу. `dealbot status` показує невдалі доставки.",

  // --- Діаграма звіту (мова команди)
  "chart.pipeline": "Відкрита воронка за етапами ({currency})",
  "chart.total": "усього",
  "chart.weighted": "зважено",
  "chart.noStages": "Немає відкритих етапів",
  "chart.forecast": "Прогноз проти плану",
  "chart.month": "Місяць {period}",
  "chart.quarter": "Квартал {period}",
  "chart.won": "виграно",
  "chart.commit": "Commit",
  "chart.bestCase": "оптимістично",
  "chart.history": "історія",
  "chart.target": "план {amount}",
  "survey.formRefused": "Не вдалося прийняти форму. Відкрийте посилання з повідомлення ще раз.",
};
