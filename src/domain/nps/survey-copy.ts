/**
 * Everything a contact reads (email, survey page, Slack DM), per language.
 * A contact's `language` picks the copy; an unknown code falls back to English.
 */
export interface SurveyCopy {
  /** BCP 47 code for <html lang> and date formatting. */
  lang: string;
  title: string;
  question: string;
  low: string;
  high: string;
  commentLabel: string;
  submit: string;
  pickScore: string;
  thanks: string;
  /** `{date}`: the last day the answer can be changed. */
  canChangeUntil: string;
  closed: string;
  stale: string;
  hello: string; // `{name}`
  emailIntro: string;
  emailSubject: string;
  unsubscribeLink: string;
  unsubscribed: string;
  invalidTitle: string;
  invalidBody: string;
  expiredTitle: string;
  expiredBody: string;
  tooMany: string;
  commentTitle: string; // Slack modal title, at most 24 characters
}

const en: SurveyCopy = {
  lang: "en",
  title: "Your feedback",
  question: "How likely are you to recommend us to a friend or colleague?",
  low: "0 = not at all likely",
  high: "10 = extremely likely",
  commentLabel: "What is the main reason for your score? (optional)",
  submit: "Send",
  pickScore: "Choose a score from 0 to 10.",
  thanks: "Thank you for your answer!",
  canChangeUntil: "You can change your answer until {date}.",
  closed: "Your answer has been recorded and can no longer be changed. Thank you!",
  stale: "This form was already sent or is out of date. Here is your current answer; change it if you like.",
  hello: "Hi {name},",
  emailIntro: "We would love to know how we are doing. One click is enough:",
  emailSubject: "How likely are you to recommend us?",
  unsubscribeLink: "Don't want these emails? Unsubscribe",
  unsubscribed: "You are unsubscribed. We will not send you these surveys again.",
  invalidTitle: "This link is not valid",
  invalidBody: "Check that you opened the whole link from the message.",
  expiredTitle: "This survey has closed",
  expiredBody: "The link is more than 30 days old. Thank you all the same!",
  tooMany: "Too many requests. Please try again in a minute.",
  commentTitle: "Your feedback",
};

const fi: SurveyCopy = {
  lang: "fi",
  title: "Palautteesi",
  question: "Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?",
  low: "0 = en lainkaan todennäköisesti",
  high: "10 = erittäin todennäköisesti",
  commentLabel: "Mikä on tärkein syy antamaasi arvosanaan? (vapaaehtoinen)",
  submit: "Lähetä",
  pickScore: "Valitse arvosana 0–10.",
  thanks: "Kiitos vastauksestasi!",
  canChangeUntil: "Voit muuttaa vastaustasi {date} asti.",
  closed: "Vastauksesi on tallennettu, eikä sitä voi enää muuttaa. Kiitos!",
  stale: "Tämä lomake on jo lähetetty tai vanhentunut. Tässä nykyinen vastauksesi; voit muuttaa sitä.",
  hello: "Hei {name},",
  emailIntro: "Haluaisimme tietää, miten olemme onnistuneet. Yksi klikkaus riittää:",
  emailSubject: "Suosittelisitko meitä?",
  unsubscribeLink: "Etkö halua näitä viestejä? Peru tilaus",
  unsubscribed: "Tilaus on peruttu. Emme lähetä sinulle näitä kyselyjä enää.",
  invalidTitle: "Linkki ei kelpaa",
  invalidBody: "Tarkista, että avasit koko linkin viestistä.",
  expiredTitle: "Kysely on päättynyt",
  expiredBody: "Linkki on yli 30 päivää vanha. Kiitos silti!",
  tooMany: "Liian monta pyyntöä. Yritä uudelleen hetken kuluttua.",
  commentTitle: "Palautteesi",
};

const pl: SurveyCopy = {
  lang: "pl",
  title: "Twoja opinia",
  question: "Jak bardzo prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?",
  low: "0 = zupełnie nieprawdopodobne",
  high: "10 = bardzo prawdopodobne",
  commentLabel: "Jaki jest główny powód Twojej oceny? (opcjonalnie)",
  submit: "Wyślij",
  pickScore: "Wybierz ocenę od 0 do 10.",
  thanks: "Dziękujemy za odpowiedź!",
  canChangeUntil: "Możesz zmienić odpowiedź do {date}.",
  closed: "Twoja odpowiedź została zapisana i nie można jej już zmienić. Dziękujemy!",
  stale:
    "Ten formularz został już wysłany lub jest nieaktualny. Oto Twoja obecna odpowiedź; możesz ją zmienić.",
  hello: "Dzień dobry {name},",
  emailIntro: "Chcemy wiedzieć, jak nam idzie. Wystarczy jedno kliknięcie:",
  emailSubject: "Czy poleciłbyś nas?",
  unsubscribeLink: "Nie chcesz tych wiadomości? Wypisz się",
  unsubscribed: "Wypisano Cię. Nie będziemy już wysyłać Ci tych ankiet.",
  invalidTitle: "Ten link jest nieprawidłowy",
  invalidBody: "Sprawdź, czy otworzyłeś cały link z wiadomości.",
  expiredTitle: "Ankieta została zamknięta",
  expiredBody: "Link ma ponad 30 dni. Mimo to dziękujemy!",
  tooMany: "Zbyt wiele żądań. Spróbuj ponownie za minutę.",
  commentTitle: "Twoja opinia",
};

const ru: SurveyCopy = {
  lang: "ru",
  title: "Ваш отзыв",
  question: "Насколько вероятно, что вы порекомендуете нас другу или коллеге?",
  low: "0 = совсем маловероятно",
  high: "10 = очень вероятно",
  commentLabel: "Какова главная причина вашей оценки? (необязательно)",
  submit: "Отправить",
  pickScore: "Выберите оценку от 0 до 10.",
  thanks: "Спасибо за ваш ответ!",
  canChangeUntil: "Вы можете изменить ответ до {date}.",
  closed: "Ваш ответ сохранён, изменить его уже нельзя. Спасибо!",
  stale: "Эта форма уже отправлена или устарела. Вот ваш текущий ответ; при желании измените его.",
  hello: "Здравствуйте, {name}!",
  emailIntro: "Нам важно знать, как мы работаем. Достаточно одного клика:",
  emailSubject: "Порекомендуете ли вы нас?",
  unsubscribeLink: "Не хотите получать эти письма? Отписаться",
  unsubscribed: "Вы отписались. Мы больше не будем присылать вам эти опросы.",
  invalidTitle: "Ссылка недействительна",
  invalidBody: "Проверьте, что вы открыли ссылку из письма целиком.",
  expiredTitle: "Опрос закрыт",
  expiredBody: "Ссылке больше 30 дней. Всё равно спасибо!",
  tooMany: "Слишком много запросов. Попробуйте через минуту.",
  commentTitle: "Ваш отзыв",
};

const uk: SurveyCopy = {
  lang: "uk",
  title: "Ваш відгук",
  question: "Наскільки ймовірно, що ви порекомендуєте нас другові чи колезі?",
  low: "0 = зовсім малоймовірно",
  high: "10 = дуже ймовірно",
  commentLabel: "Яка головна причина вашої оцінки? (необов'язково)",
  submit: "Надіслати",
  pickScore: "Оберіть оцінку від 0 до 10.",
  thanks: "Дякуємо за вашу відповідь!",
  canChangeUntil: "Ви можете змінити відповідь до {date}.",
  closed: "Вашу відповідь збережено, змінити її вже не можна. Дякуємо!",
  stale: "Цю форму вже надіслано або вона застаріла. Ось ваша поточна відповідь; за бажання змініть її.",
  hello: "Вітаємо, {name}!",
  emailIntro: "Нам важливо знати, як ми працюємо. Достатньо одного кліку:",
  emailSubject: "Чи порекомендуєте ви нас?",
  unsubscribeLink: "Не хочете отримувати ці листи? Відписатися",
  unsubscribed: "Ви відписалися. Ми більше не надсилатимемо вам ці опитування.",
  invalidTitle: "Посилання недійсне",
  invalidBody: "Перевірте, що ви відкрили посилання з листа повністю.",
  expiredTitle: "Опитування закрито",
  expiredBody: "Посиланню понад 30 днів. Все одно дякуємо!",
  tooMany: "Забагато запитів. Спробуйте за хвилину.",
  commentTitle: "Ваш відгук",
};

const COPIES: Record<string, SurveyCopy> = { en, fi, pl, ru, uk };

/** Language codes a contact can have (`lang <code>`). */
export const SURVEY_LANGUAGES = Object.keys(COPIES);

/** The copy for a language code ("fi", "pt-BR", "FI"); English when not translated. */
export function surveyCopy(language: string | null | undefined): SurveyCopy {
  const base = (language ?? "en").toLowerCase().split(/[-_]/)[0] ?? "en";
  return COPIES[base] ?? en;
}

/** Fills `{name}`-style placeholders (values are inserted as given: escape them for the target first). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
