import type { ParseKey } from "./en.js";

// Słowa poleceń (new, amount, close…) zostają w przykładach po angielsku: działają zawsze.
// Daty po polsku nie są rozpoznawane, więc przykłady dat są po angielsku albo liczbowe.
export const plParse: Record<ParseKey, string> = {
  "parse.tip.quote":
    "Jeśli nazwa lub wartość zawiera słowo pola, ujmij ją w cudzysłów: „Next Gen sp. z o.o.”.",
  "parse.tip.date":
    "Wpisz datę po angielsku lub liczbowo, np. friday, next friday, in 2 weeks, end of month, 15.01.2027 lub 2027-01-15.",
  "parse.tip.range": "Spróbuj np. this month, next quarter, jan 2027 lub 01.12.2026..31.12.2026.",
  "parse.tip.dueBy":
    "Jeśli „by” jest częścią następnego kroku, ujmij krok w cudzysłów: next „call by phone”.",
  "parse.tip.orTeam": "Albo wpisz „team”.",
  "parse.what.date": "Data",
  "parse.what.close": "Data zamknięcia",
  "parse.what.nextDue": "Termin następnego kroku",
  "parse.what.snooze": "Data końca uśpienia",
  "parse.what.away": "Data powrotu",
  "parse.what.closing": "Okres zamknięcia",
  "parse.what.person": "Osoba",
  "parse.what.owner": "Właściciel",
  "parse.what.rep": "Handlowiec",
  "parse.what.quotaOwner": "Właściciel celu",
  "parse.what.slackUser": "Użytkownik Slacka",
  "parse.what.name": "Nazwa",
  "parse.what.account": "Klient",
  "parse.what.stage": "Etap",
  "parse.what.next": "Następny krok",

  "parse.amount.empty": "Brak kwoty. Spróbuj np. 12k, 12500 lub 12 500,50.",
  "parse.amount.negative": "Kwota „{text}” jest ujemna. Kwota musi wynosić co najmniej 0, np. 5k.",
  "parse.amount.notNumber": "Nie rozumiem kwoty „{text}”. Spróbuj np. 12k, 12500 lub 12 500,50.",
  "parse.amount.tooPrecise":
    "Kwota „{text}” ma za dużo miejsc po przecinku: {currency} {digits, plural, =0 {nie ma miejsc po przecinku} one {dopuszcza tylko # miejsce po przecinku} few {dopuszcza tylko # miejsca po przecinku} many {dopuszcza tylko # miejsc po przecinku} other {dopuszcza tylko # miejsca po przecinku}}, np. {closest}.",
  "parse.amount.tooLarge":
    "Kwota „{text}” jest za duża: przyjmuję najwyżej {max, number}. Sprawdź, czy nie ma dodatkowych zer, np. 12m.",
  "parse.amount.unknownCurrency":
    "Kwota „{text}” ma nieznaną mi walutę („{written}”). Użyj trzyliterowego kodu, np. EUR, USD lub PLN: 300 EUR.",
  "parse.amount.twoCurrencies":
    "Kwota „{text}” zawiera dwie waluty ({first} i {second}). Podaj jedną, np. 300 {second}.",
  "parse.amount.separators":
    "Nie potrafię odczytać separatorów w kwocie „{text}”. Użyj jednego separatora dziesiętnego i grup po trzy cyfry, np. 12 500,50 lub 12,500.50.",
  "parse.amount.ambiguousMultiplier":
    "Kwota „{text}” jest niejednoznaczna: czy „{num}” to tysiące, czy część dziesiętna? Wpisz ją bez separatorów tysięcy, np. {plain}, albo z krótką częścią dziesiętną, np. {decimal}.",
  "parse.amount.ambiguous":
    "Kwota „{text}” jest niejednoznaczna: może oznaczać {whole} albo {decimal}. Wpisz {whole}, jeśli chodzi o liczbę całkowitą, lub {short}, jeśli o ułamek.",
  "parse.amount.currencyClash":
    "Kwota „{text}” jest w {currency}, a pole currency podaje {field}. Podaj jedną walutę, np. amount 12k currency {field}.",
  "parse.currency.unknown": "Nie znam waluty „{text}”. Użyj trzyliterowego kodu, np. EUR, USD lub PLN.",

  "parse.date.empty": "{what}: brak wartości.",
  "parse.date.badZone": "Nie znam strefy czasowej „{zone}”, np. Europe/Warsaw.",
  "parse.date.unreadable": "{what}: „{input}” to nie jest data, którą rozumiem.",
  "parse.date.noMonth":
    "{what}: „{input}” to nie jest prawdziwa data, nie ma miesiąca {month}. Dzień podaje się pierwszy, np. 15.01.2027 lub 2027-01-15.",
  "parse.date.noDay": "{what}: „{input}” to nie jest prawdziwa data, nie ma dnia {day}. Spróbuj {last}.",
  "parse.date.shortMonth":
    "{what}: „{input}” to nie jest prawdziwa data, {month} ma {days} dni. Spróbuj {last}.",
  "parse.date.dayFirst":
    "{what}: „{input}” – nie ma miesiąca {month}, dzień podaje się pierwszy. Spróbuj {swapped} lub 2027-01-15.",
  "parse.date.tooFar":
    "{what}: „{input}” ({day}) to zbyt odległa data. Podaj datę z lat {min}–{max}, np. 2027-01-15.",
  "parse.date.weekday":
    "{what}: „{input}” się nie zgadza – {date} to {actual}, a nie {written}. Spróbuj {date}.",
  "parse.date.wholePeriod":
    "{what}: „{input}” to {period, select, quarter {cały kwartał, a nie jeden dzień. Spróbuj end of quarter lub end of next quarter} year {cały rok, a nie jeden dzień. Spróbuj end of year lub end of next year} other {cały miesiąc, a nie jeden dzień. Spróbuj end of month lub end of next month}}.",
  "parse.date.extraWords":
    "{what}: „{input}” zawiera słowa, których nie umiem przypisać („{extra}”). Podaj samą datę, np. „{date}”.",
  "parse.date.notDay":
    "{what}: „{input}” to {kind, select, time {godzina} other {więcej niż jeden dzień}}, a potrzebuję dnia. Spróbuj tomorrow, friday lub 15.01.",
  "parse.range.empty": "Brak okresu zamknięcia.",
  "parse.range.backwards":
    "Okres zamknięcia „{input}” kończy się, zanim się zaczyna. Podaj najpierw wcześniejszą datę, np. 01.12.2026..31.12.2026.",
  "parse.range.tooFar":
    "Okres zamknięcia „{input}” jest zbyt odległy. Podaj okres z lat {min}–{max}, np. jan 2027.",

  "parse.mention.empty":
    "{what}: brak wartości. Wybierz osobę z podpowiedzi @ w Slacku, żeby nazwa zamieniła się we wzmiankę, np. @maria.",
  "parse.mention.channel":
    "{what}: „{text}” to kanał, a nie osoba. Wybierz osobę z podpowiedzi @ w Slacku, żeby nazwa zamieniła się we wzmiankę, np. @maria.",
  "parse.mention.group":
    "{what}: „{text}” to grupa, a nie jedna osoba. Wybierz osobę z podpowiedzi @ w Slacku, żeby nazwa zamieniła się we wzmiankę, np. @maria.",
  "parse.mention.several": "{what}: „{text}” wskazuje więcej niż jedną osobę. Podaj jedną, np. @maria.",
  "parse.mention.plain":
    "{what}: „{text}” to zwykły tekst, a nie wzmianka w Slacku. Wybierz osobę z podpowiedzi @ w Slacku, żeby nazwa zamieniła się we wzmiankę, np. @maria.",
  "parse.mention.invalid":
    "{what}: „{text}” to nie jest wzmianka o jednej osobie w Slacku. Wybierz osobę z podpowiedzi @ w Slacku, żeby nazwa zamieniła się we wzmiankę, np. @maria.",
  "parse.ref.empty": "Która szansa? Podaj jej numer, np. #42, albo nazwę, np. Acme.",
  "parse.ref.channel":
    "„{text}” to kanał w Slacku, a nie szansa. Podaj jej numer, np. #42, albo nazwę, np. Acme.",
  "parse.ref.person": "„{text}” to osoba, a nie szansa. Podaj jej numer, np. #42, albo nazwę, np. Acme.",
  "parse.ref.badNumber":
    "„{text}” to nie jest numer szansy: po # mogą stać tylko cyfry, np. #42. Możesz też podać nazwę szansy, np. Acme.",
  "parse.ref.tooLong":
    "Nazwa „{start}…” jest za długa jak na nazwę szansy (ponad {max} znaków). Podaj numer, np. #42, albo nazwę, np. Acme.",
  "parse.probability.invalid":
    "Prawdopodobieństwo „{text}” musi być liczbą całkowitą od 0 do 100, np. 40 lub 40%.",
  "parse.forecast.invalid":
    "Prognoza „{text}” to nie jest kategoria: użyj commit, best, pipeline lub omit, np. forecast commit.",
  "parse.lossReason.unknown":
    "Powód przegranej „{text}” nie jest żadnym z: {reasons}. Spróbuj /deal lost Acme reason {example}.",
  "parse.lossReason.empty": "Powód przegranej „{text}” jest pusty. Spróbuj /deal lost Acme reason {example}.",
  "parse.quota.zero": "Cel równy 0 to żaden cel. Podaj kwotę, np. 50k.",
  "parse.quota.period": "Okres „{text}” nie jest ani miesiącem (2026-11), ani kwartałem (2026-Q4).",
  "parse.quota.missing":
    "Podaj kto, ile i na jaki okres, np. /deal admin quota @maria 50k 2026-11 lub /deal admin quota team 600k 2026-Q4.",

  "parse.quote.open":
    "Cudzysłów nie został zamknięty: {text}. Zamknij go, np. /deal new „Next Gen” amount 5k.",
  "parse.fields.twice": "Pole „{name}” podano dwa razy. Podaj każde pole raz, np. {example}.",
  "parse.fields.noValue": "Po „{name}” brakuje wartości, np. {example}.",
  "parse.field.empty": "{what}: brak wartości. Podaj ją, np. {example}.",
  "parse.field.tooLong":
    "{what}: {length, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}, a dozwolone jest najwyżej {max}. Skróć, np. {example}.",
  "parse.list.onePerson":
    "Pokazuj szanse jednej osoby naraz, np. /deal list @maria stage proposal closing this month.",
  "parse.list.extra":
    "Nie rozumiem „{text}” w /deal list. Spróbuj /deal list @maria stage proposal closing this month.",
  "parse.log.type":
    "Napisz, co zrobiłeś: call, meeting, email, demo lub task, np. /deal log call Acme out zostawiłem wiadomość.",
  "parse.log.deal": "Która szansa? Np. /deal log call Acme out zostawiłem wiadomość.",
  "parse.account.usage": "Podaj klienta i jego segment, np. /deal account Acme segment Enterprise.",
  "parse.lost.deal":
    "Która szansa przepadła? Np. /deal lost Acme reason price note wybrali tańsze narzędzie.",
  "parse.lost.reasonEmpty":
    "Brak powodu. Podaj go, np. /deal lost Acme reason price note wybrali tańsze narzędzie.",
  "parse.new.twoNames":
    "Szansa ma dwie nazwy: „{lead}” i „name {name}”. Podaj jedną, np. /deal new Acme sp. z o.o. amount 12k stage proposal close next friday.",
  "parse.new.noName":
    "Nowa szansa potrzebuje najpierw nazwy, np. /deal new Acme sp. z o.o. amount 12k stage proposal close next friday.",
  "parse.new.nameTooLong":
    "Nazwa szansy ma ponad {max} znaków. Użyj krótszej, np. /deal new Acme sp. z o.o. amount 12k stage proposal close next friday.",
  "parse.nps.usage":
    "Użyj nps send, np. /deal nps send Acme (klient) lub /deal nps send maria@acme.pl (osoba kontaktowa).",
  "parse.nps.target":
    "Do kogo wysłać ankietę? Np. /deal nps send Acme (klient) lub /deal nps send maria@acme.pl (osoba kontaktowa).",
  "parse.ref.missing": "Która szansa? Np. /deal {command} #42 lub /deal {command} Acme.",
  "parse.undo.extra":
    "/deal undo nie przyjmuje dalszych słów: cofa Twoją ostatnią zmianę. Spróbuj /deal undo.",
  "parse.snooze.deal": "Która szansa? Np. /deal snooze Acme until 15.01.2027 because klient na urlopie.",
  "parse.snooze.until": "Podaj, do kiedy, np. /deal snooze Acme until 15.01.2027 because klient na urlopie.",
  "parse.snooze.why":
    "Podaj powód, żeby Twój przełożony wiedział, np. /deal snooze Acme until 15.01.2027 because klient na urlopie.",
  "parse.update.deal":
    "Która szansa? Zacznij od jej numeru lub nazwy, np. /deal update Acme stage proposal amount 12k close next friday.",
  "parse.away.usage":
    "Podaj, do kiedy Cię nie będzie, np. /deal away until 04.01.2027, albo /deal away off, gdy wrócisz.",
  "parse.contact.list": "Który klient? Np. /deal contact list Acme.",
  "parse.contact.usage":
    "Użyj contact add lub contact list, np. /deal contact add Maria Nowak maria@acme.pl account Acme lang pl slack @maria albo /deal contact list Acme.",
  "parse.contact.nameEmail":
    "Podaj imię i nazwisko kontaktu, a potem e-mail, np. /deal contact add Maria Nowak maria@acme.pl account Acme lang pl slack @maria.",
  "parse.contact.account":
    "Podaj, do którego klienta należy kontakt, np. /deal contact add Maria Nowak maria@acme.pl account Acme lang pl slack @maria.",
  "parse.digest.extra": "/deal digest nie przyjmuje dalszych słów. Spróbuj /deal digest.",
  "parse.forecast.usage":
    "Użyj /deal forecast (Twoja prognoza), /deal forecast team (Twój zespół, dla menedżerów) lub /deal forecast team call 250k quarter (zapisz swoją prognozę).",
  "parse.stats.one": "Wskaż najwyżej jednego handlowca, np. /deal stats @maria.",

  "match.stage.ambiguous": "Etap „{text}” może oznaczać {names}: który z nich?",
  "match.stage.none": "Etapu „{text}” nie ma wśród etapów zespołu: {names}. Spróbuj stage {example}.",
  "match.stage.lost": "Przegrana szansa wymaga powodu, np. /deal lost Acme reason price.",

  "parse.help.aliases":
    "Polecenia działają też po polsku: `nowa` (new), `zmień` (update), `lista` (list), `pokaż` (show), `wygrana` (won), `przegrana` (lost), `cofnij` (undo), `nieobecność` (away), `uśpij` (snooze), `zapisz` (log), `podsumowanie` (digest), `prognoza` (forecast), `statystyki` (stats), `język` (language), `pomoc` (help). Dalsze słowa (amount, close, until, reason…) zostają po angielsku: `/deal nowa Acme amount 12k close next friday`.",
};
