import type { FormsKey } from "./en.js";

export const ukForms: Record<FormsKey, string> = {
  "form.deal.create.title": "Нова угода",
  "form.deal.update.title": "Оновити угоду #{id}",
  "form.deal.create.submit": "Створити",
  "form.deal.update.submit": "Зберегти",
  "form.deal.close": "Скасувати",
  "form.deal.name.label": "Назва угоди",
  "form.deal.name.placeholder": "Acme – 50 ліцензій",
  "form.deal.account.label": "Клієнт",
  "form.deal.account.placeholder": "Acme",
  "form.deal.amount.label": "Сума",
  "form.deal.amount.placeholder": "12k, 12500 або 12 500,50",
  "form.deal.amount.hint": "Якщо знак валюти не вказано, береться валюта з поля нижче.",
  "form.deal.currency.label": "Валюта",
  "form.deal.stage.label": "Етап",
  "form.deal.stage.option": "{stage} ({probability}%)",
  "form.deal.close.label": "Очікувана дата закриття",
  "form.deal.next.label": "Наступний крок",
  "form.deal.next.placeholder": "Надіслати комерційну пропозицію",
  "form.deal.nextDue.label": "Термін наступного кроку",
  "form.deal.owner.label": "Відповідальний",
  "form.deal.probability.label": "Ймовірність (%)",
  "form.deal.probability.placeholder": "Залиште порожнім, щоб узяти ймовірність етапу",
  "form.deal.lossReason.label": "Причина програшу (якщо програно)",
  "form.deal.unreadable": "Не вдалося прочитати форму. Закрийте її та спробуйте ще раз.",
  "form.deal.name.missing": "Вкажіть назву угоди, напр. Acme – 50 ліцензій.",
  "form.deal.amount.missing": "Вкажіть суму, напр. 12k або 12 500.",
  "form.deal.amount.currencyMismatch":
    "Сума вказана в {amountCurrency}, а в полі валюти — {currency}. Узгодьте їх.",
  "form.deal.stage.missing": "Оберіть етап.",
  "form.deal.close.missing": "Оберіть очікувану дату закриття.",
  "form.deal.owner.missing": "Оберіть відповідального за угоду.",
  "form.deal.gone": "Цієї угоди більше не існує.",
  "form.deal.someone": "хтось",
  "form.deal.changedBy":
    "Поки ви редагували, {who} вніс(-ла) зміну ({change}). Нічого не збережено: закрийте форму та відкрийте її знову.",
  "form.deal.changed":
    "Угоду змінили, поки ви її редагували. Нічого не збережено: закрийте форму та відкрийте її знову.",
  // --- NPS forms (the follow-up outcome: the reader's language; the comment: the contact's) and contact/survey replies
  "form.nps.closed": "Цю відповідь уже не можна змінити.",
  "form.nps.notYours": "Це опитування не для вас.",
  "form.nps.outcome.title": "Робота з критиком",
  "form.nps.outcome.submit": "Завершити роботу",
  "form.nps.outcome.label": "Чим завершився контакт із клієнтом ({who})?",
  "form.nps.outcome.missing": "Напишіть, чим завершився контакт.",
  "form.nps.outcome.closed": "Цю роботу вже завершено.",
  "npsContacts.optedOut": ":no_bell: відмова від опитувань",
  "npsContacts.added":
    "{created, select, yes {Додано} other {Оновлено}} контакт {contact} у клієнта *{account}*{newAccount, select, yes { (новий клієнт)} other {}}.",
  "npsContacts.addedTip": "Усі контакти: `/deal contact list {account}`",
  "npsContacts.none": "У клієнта *{account}* ще немає контактів.",
  "npsContacts.noneTip": "Додайте контакт: `/deal contact add Maria maria@acme.com account Acme`",
  "npsContacts.listText": "Контакти клієнта {account}",
  "npsContacts.listHeading": "*Контакти клієнта {account}* ({count})",
  "npsContacts.noneToSurvey": "*{target}*: немає контактів, яким можна надіслати опитування.",
  "npsContacts.sent":
    "• :white_check_mark: {who}: опитування надіслано {channel, select, slack {у Slack} email {електронною поштою} other {({channel})}}",
  "npsContacts.retry": "• :hourglass: {who}: поки не вдалося надіслати; спробуємо ще раз",
  "npsContacts.recent":
    "• :no_entry_sign: {who}: опитування вже надсилали {date} (не частіше ніж раз на 90 днів)",
  "npsContacts.skipped": "• :no_entry_sign: {who}: {reason}",
  "npsContacts.skip.optedOut": "відмова від опитувань",
  "npsContacts.skip.noChannel": "немає користувача Slack і email (або пошту не налаштовано)",
  "npsContacts.skip.duplicate": "уже заплановано",
  "npsContacts.sentText": "NPS-опитування: {target}",
  "npsContacts.sentHeading": "*NPS-опитування: {target}*",
  "npsContacts.sentNote": "Відповіді та сповіщення про критиків надходять у NPS-канал.",
  // --- /deal admin: the form, its messages and the confirmation (the admin's own language); quotas
  "admin.form.title": "Налаштування команди",
  "admin.form.submit": "Зберегти",
  "admin.form.close": "Скасувати",
  "admin.form.timezone.label": "Часовий пояс команди",
  "admin.form.timezone.hint":
    "Назва IANA, напр. Europe/Kyiv. За ним надсилаються дайджести й сповіщення про ризики.",
  "admin.form.currency.label": "Валюта",
  "admin.form.currency.hint": "Код ISO 4217 для сум, введених без валюти.",
  "admin.form.language.label": "Мова команди",
  "admin.form.language.hint":
    "Цією мовою пишуться дайджести, сповіщення про ризики та інші дописи в каналах. Кожному відповідаємо його мовою Slack (або обраною через /deal language).",
  "admin.form.digest.label": "Канали дайджесту",
  "admin.form.digest.placeholder": "Оберіть канали",
  "admin.form.digest.hint": "Куди публікується понеділковий дайджест воронки.",
  "admin.form.channel.placeholder": "Оберіть канал",
  "admin.form.alerts.label": "Канал сповіщень",
  "admin.form.alerts.hint":
    "Сповіщення про ризики для керівників. Якщо порожньо, діє налаштування сервера (DEALBOT_CHANNEL_ALERTS), якщо воно задане.",
  "admin.form.nps.label": "Канал NPS",
  "admin.form.nps.hint":
    "Результати NPS і сповіщення про критиків. Якщо порожньо, діє налаштування сервера (DEALBOT_CHANNEL_NPS), якщо воно задане.",
  "admin.form.win.label": "Оголошення про виграші",
  "admin.form.win.hint":
    "Короткий допис (хто і на яку суму), коли угоду виграно; про програші — ні. Якщо порожньо, оголошень немає.",
  "admin.form.segments.label": "Сегменти клієнтів",
  "admin.form.segments.placeholder": "МСБ\nСередній бізнес\nКорпоративні",
  "admin.form.segments.hint":
    "По одному в рядку. Сегмент клієнта задається командою /deal account Acme segment SMB або стовпцем CSV; дайджест показує воронку й виграші за сегментами.",
  "admin.form.stages.label": "Відкриті етапи в порядку воронки",
  "admin.form.stages.placeholder": "Лід: 10%\nКомерційна пропозиція: 50%",
  "admin.form.reasons.label": "Причини програшу",
  "admin.form.reasons.placeholder": "Зависока ціна",
  "admin.form.reasons.hint":
    "По одній у рядку, у порядку показу. Вилучену причину більше не пропонуватимуть; угоди її зберігають.",
  "admin.form.managers.label": "Керівники",
  "admin.form.managers.placeholder": "Оберіть керівників",
  "admin.form.managers.hint":
    "Кожен керівник отримує нижче поле для своїх менеджерів з продажу. Керівники можуть оновлювати угоди своїх менеджерів.",
  "admin.form.reps.label": "Менеджери: {name}",
  "admin.form.reps.placeholder": "Оберіть менеджерів",
  "admin.form.hiddenManagers":
    "Не показано менеджерів ще {count, plural, one {# керівника} few {# керівників} many {# керівників} other {# керівника}} (форма вміщує {blocks} блоків); їхні команди не змінюються. Оберіть тут менше керівників, щоб їх редагувати.",
  "admin.form.unreadable": "Не вдалося прочитати форму. Закрийте її та знову виконайте /deal admin.",
  "admin.form.adminsOnly":
    ":no_entry: Змінювати налаштування команди можуть лише адміністратори Dealbot. Зверніться до адміністратора або задайте DEALBOT_ADMINS.",
  "admin.form.refused":
    "Змінювати налаштування команди можуть лише адміністратори Dealbot. Нічого не збережено: зверніться до адміністратора.",
  "admin.saved.head":
    ":white_check_mark: *Налаштування команди збережено:* часовий пояс {timezone}, валюта {currency}{language, select, none {} other {, мова {language}}}, дайджест {digest}, сповіщення {alerts}, NPS {nps}.",
  "admin.saved.none": "немає",
  "admin.saved.noReps": "немає менеджерів",
  "admin.saved.stages": "• *Етапи:* {stages}, далі Виграно й Програно.",
  "admin.saved.added": "• Нові етапи: {names}.",
  "admin.saved.retired": "• Вилучені етапи: {names}.",
  "admin.saved.reasons": "• *Причини програшу:* {names}.",
  "admin.saved.win": "• *Оголошення про виграші:* {channel}.",
  "admin.saved.segments": "• *Сегменти:* {names}.",
  "admin.saved.noLongerOffered": "• Більше не пропонуються: {names}.",
  "admin.saved.teams": "• *Команди:* {teams}",
  "admin.saved.team": "<@{manager}>: {reps}",
  "admin.saved.noManagers": "• *Команди:* немає керівників.",
  "admin.saved.text":
    "Налаштування команди збережено: часовий пояс {timezone}, валюта {currency}, {stages, plural, one {# відкритий етап} few {# відкриті етапи} many {# відкритих етапів} other {# відкритого етапу}}, {reasons, plural, one {# причина програшу} few {# причини програшу} many {# причин програшу} other {# причини програшу}}, {managers, plural, one {# керівник} few {# керівники} many {# керівників} other {# керівника}}.",
  "admin.quota.saved": "План для {subject, select, team {команди} other {<@{subject}>}}, {period}: {amount}.",
  "admin.quota.tip": "Його видно в щотижневому дайджесті та в `/deal forecast`.",
  // --- /deal admin: problems with the settings (the admin's language)
  "admin.problem.timezone.missing":
    "Вкажіть часовий пояс команди як назву IANA, напр. Europe/Kyiv або America/New_York.",
  "admin.problem.timezone.unknown":
    'Часовий пояс "{text}" мені невідомий. Використайте назву IANA, напр. Europe/Kyiv або America/New_York.',
  "admin.problem.currency.invalid": '"{text}" не є кодом валюти ISO 4217, напр. EUR, USD або UAH.',
  "admin.problem.currency.missing": "Вкажіть код валюти ISO 4217, напр. EUR, USD або UAH.",
  "admin.problem.language.invalid": "Оберіть одну з мов: {choices}.",
  "admin.problem.line.noProbability": 'У рядку {line} "{text}" немає ймовірності.',
  "admin.problem.line.noName": 'У рядку {line} "{text}" немає назви етапу.',
  "admin.problem.line.tooLong": 'Рядок {line}: "{text}…" довший за {max} символів.',
  "admin.problem.line.badProbability":
    'Рядок {line}: ймовірність "{text}" має бути цілим числом від 0 до 100.',
  "admin.problem.line.duplicateStage":
    'Рядок {line}: "{text}" уже є в рядку {first}; назви етапів мають відрізнятися.',
  "admin.problem.more":
    "(і ще {count, plural, one {# схожа проблема} few {# схожі проблеми} many {# схожих проблем} other {# схожої проблеми}})",
  "admin.problem.stages.none": "Вкажіть принаймні один відкритий етап.",
  "admin.problem.stages.tooMany": "Відкритих етапів може бути не більше {max}; ви вказали {count}.",
  "admin.problem.stages.howTo":
    'Пишіть по одному відкритому етапу в рядку: назву та ймовірність, напр. "{example}".',
  "admin.problem.stages.fixed":
    '"{name}" — це етап {kind, select, won {виграних} lost {програних} other {{kind}}} угод, він є завжди: приберіть його з цього списку.',
  "admin.problem.stages.inUse":
    "На етапі {stage} ще {count, plural, one {# відкрита угода: спершу перенесіть її} few {# відкриті угоди: спершу перенесіть їх} many {# відкритих угод: спершу перенесіть їх} other {# відкритої угоди: спершу перенесіть їх}} або залиште {stage} у списку.",
  "admin.problem.stages.justMoved":
    "На етап {stage} щойно перенесли {count, plural, one {# відкриту угоду: перенесіть її} few {# відкриті угоди: перенесіть їх} many {# відкритих угод: перенесіть їх} other {# відкритої угоди: перенесіть їх}} назад або залиште {stage} у списку. Нічого не збережено.",
  "admin.problem.stages.concurrent":
    "Хтось саме в цей момент змінив етапи чи причини програшу. Нічого не збережено: надішліть форму ще раз.",
  "admin.problem.team.ownRep": "{name} не може бути власним менеджером.",
  "admin.problem.team.twoManagers":
    "{rep} також обрано в команді керівника {manager}: у менеджера один керівник, тож оберіть його лише раз.",
  "admin.problem.team.circle": "{names} керували б одне одним по колу: визначте, хто кому підпорядковується.",
  // --- /deal show: a deal's details and history (the reader's language)
  "details.amount": "*Сума*\n{amount} (зважена {weighted})",
  "details.stage": "*Етап*\n{stage} · {probability}%",
  "details.stageOwn": "*Етап*\n{stage} · {probability}% (задано для угоди)",
  "details.expectedClose": "*Очікуване закриття*\n{date}",
  "details.closed": "*Закрито*\n{date}",
  "details.owner": "*Відповідальний*\n<@{owner}>",
  "details.account": "*Клієнт*\n{account}",
  "details.nextStep": "*Наступний крок*\n{step}",
  "details.nextStepDue": "*Наступний крок*\n{step} (до {due})",
  "details.lossReason": "*Причина програшу*\n{reason}",
  "details.lossReasonNote": "*Причина програшу*\n{reason}: {note}",
  "details.pushed":
    "Дату закриття переносили {count, plural, one {# раз} few {# рази} many {# разів} other {# разу}}.",
  "details.update.button": "Оновити",
  "details.source":
    "{source, select, command {/deal} modal {форма} button {кнопка} job {Dealbot} import {імпорт} system {Dealbot} other {{source}}}",
  "details.kind":
    "{kind, select, created {створено} updated {оновлено} won {виграно} lost {програно} reopened {відкрито знову} undone {скасовано} confirmed {підтверджено} other {{kind}}}",
  "details.history": "*Останні зміни*\n{lines}",
  "details.historyLine": "• {time} · {who} ({source}) · *{kind}*",
  "details.historyLineChanges": "• {time} · {who} ({source}) · *{kind}*: {changes}",
  // --- /deal lost with a reason the team does not have
  "form.lost.unknownReason": 'Причини програшу "{reason}" немає серед цих: {reasons}.',
};
