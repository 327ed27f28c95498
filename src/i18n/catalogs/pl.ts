import type { CatalogMessages } from "./en.js";
import { plSurfaces } from "./surfaces/pl.js";

// Polski: lejek sprzedaży, szansa sprzedaży, etap, data zamknięcia — jak w polskich CRM-ach.
// Daty wpisuje się po angielsku lub liczbowo: chrono-node nie zna polskiego.
export const pl: CatalogMessages = {
  "language.name": "polski",
  "language.set":
    "Gotowe: od teraz odpowiadam Ci po polsku. `/deal language auto` przywraca język ze Slacka.",
  "language.auto": "Gotowe: odpowiadam Ci w języku ustawionym w Slacku ({language}).",
  "language.invalid": "Nie znam języka `{input}`. Wybierz jeden z: {choices} albo `auto` (język ze Slacka).",
  "language.dateNote":
    "Daty wpisuj po angielsku (today, tomorrow, next friday, end of month) albo liczbowo: 15.01.2027, 2027-01-15.",

  "help.intro": "*Dealbot* dba o aktualny lejek sprzedaży prosto ze Slacka. Oto, co potrafi `/deal`:",
  "help.unknownIntro": "Nie znam polecenia `{command}`. Oto, co potrafi `/deal`:",
  "help.text": "Jak korzystać z /deal",
  "help.unknownText": "Nieznane polecenie /deal „{command}”. Wpisz /deal help.",
  "help.new":
    "`/deal new Acme sp. z o.o. amount 12k stage proposal close next friday` — nowa szansa sprzedaży",
  "help.update":
    "`/deal update Acme stage negotiation close end of month` — zmiana pól (bez pól: otwiera formularz)",
  "help.list": "`/deal list` · `/deal list @ann stage proposal closing next month` — otwarte szanse",
  "help.show": "`/deal show #42` — szczegóły szansy i jej historia",
  "help.won":
    "`/deal won Acme` · `/deal lost Acme reason za wysoka cena` — zamknij szansę jako wygraną lub przegraną",
  "help.undo": "`/deal undo` — cofnij swoją ostatnią zmianę (do 10 minut)",
  "help.away": "`/deal away until 04.01.2027` · `/deal away off` — wstrzymaj cotygodniowe przypomnienia",
  "help.snooze":
    "`/deal snooze Acme until 15.01.2027 because klient na urlopie` — nie oznaczaj szansy jako zaległej do tego dnia",
  "help.digest":
    "`/deal digest` — tygodniowe podsumowanie lejka tylko dla Ciebie · `/deal forecast` — Twój miesiąc i kwartał na tle celu",
  "help.contact":
    "`/deal contact add Maria maria@acme.pl account Acme lang pl` · `/deal contact list Acme` — kontakty klienta",
  "help.nps": "`/deal nps send Acme` — wyślij teraz ankietę NPS (do klienta lub jednej osoby kontaktowej)",
  "help.admin":
    "`/deal admin` — ustawienia zespołu (administratorzy) · `/deal admin quota @ann 50k 2026-12` — ustaw cel",
  "help.language":
    "`/deal language pl` · `/deal language auto` — odpowiadaj mi po polsku (en, fi, pl, uk, ru) albo w języku Slacka",
  "help.fields":
    "Pola: `name` (nazwa), `account` (klient), `amount` (12k, 1,2m, 12 500 zł), `currency`, `stage` (etap), `close` (data zamknięcia: next friday, 15.01.2027), `next` (następny krok, opcjonalnie `by &lt;data&gt;`), `owner @użytkownik`, `probability`. Do szansy odwołuj się przez `#id` lub część nazwy. Słowa poleceń są po angielsku; daty wpisuj po angielsku lub liczbowo.",

  "reply.nothingSaved": ":warning: Nic nie zostało zapisane:\n{problems}",
  "reply.example": "Przykład: `{example}`",
  "reply.unchanged": "Nie ma czego zmieniać: szansa #{id} ma już te wartości.",
  "reply.refused": ":no_entry: {reason} Nic nie zostało zmienione.",
  "reply.dealGone": "Ta szansa sprzedaży już nie istnieje.",
  "reply.dealIdGone": "Szansa sprzedaży #{id} już nie istnieje.",
  "reply.noMatch": "Nie znalazłem szansy pasującej do „{query}”. {tip}",
  "reply.noMatchSuggest": "Czy chodziło o {names}?",
  "reply.noMatchTip": "Wpisz `/deal list`, aby zobaczyć swoje szanse, albo podaj numer, np. `#42`.",
  "reply.failed":
    ":warning: Po stronie Dealbota wystąpił błąd i Twoja zmiana mogła nie zostać zapisana. Sprawdź przez `/deal list` i spróbuj ponownie; jeśli problem się powtarza, zgłoś go administratorowi (numer zgłoszenia {ref}).",
  "reply.noWonStage": "Twój zespół nie ma etapu „wygrana”. Administrator może go dodać przez `/deal admin`.",
  "reply.conflict":
    ":warning: {deal} zmieniono w międzyczasie, więc Twoja zmiana *nie* została zapisana:\n{lines}",
  "reply.conflictLine": "• {change} (zmienił(a): {who})",
  "reply.conflictNoDetails": "• (brak szczegółów)",
  "reply.conflictTip": "Zajrzyj do szansy jeszcze raz i powtórz zmianę, jeśli nadal jest potrzebna.",

  "change.created": "Utworzono {deal}",
  "change.updated": "Zaktualizowano {deal}",
  "change.won": "Wygrana :tada: {deal}",
  "change.lost": "Przegrana {deal}",
  "change.reopened": "Ponownie otwarto {deal}",
  "change.undone": "Cofnięto Twoją zmianę: {deal}",
  "change.confirmed": "Potwierdzono {deal}",
  "change.text": "{head}: {changes}",
  "change.field": "{field}: {to}",
  "change.fieldFromTo": "{field}: {from} → {to}",
  "change.interpreted": "Odczytałem: {readings}",
  "change.undo.button": "Cofnij",

  "undo.nothing": "Z ostatnich 10 minut nie ma żadnej Twojej zmiany do cofnięcia.",
  "undo.tooLate":
    "Ta zmiana ma ponad 10 minut, więc nie można jej cofnąć. Przywróć wartości przez `/deal update`.",
  "undo.changedSince":
    ":warning: Szansę *{name}* zmieniono po Twojej edycji ({people}), więc cofnięcie nadpisałoby ich pracę. Nic nie zostało zmienione; użyj `/deal update`.",
  "undo.deleted": "Cofnięto: nowa szansa *{name}* została usunięta.",
  "away.back": "Witaj z powrotem! Cotygodniowe przypomnienia są znowu włączone.",
  "away.past": "{date} już minął. Podaj ostatni dzień swojej nieobecności.",
  "away.set": "Udanego wypoczynku! Żadnych cotygodniowych przypomnień do {date} (włącznie).",
  "away.setTip": "Wracasz wcześniej? `/deal away off`",
  "snooze.future": "Uśpij do dnia po dzisiejszym, np. {example}.",

  "deal.closes": "zamknięcie {date}",
  "deal.closed": "{status, select, won {wygrana} lost {przegrana} other {zamknięta}} {date}",
  "deal.closedNoDate": "{status, select, won {wygrana} lost {przegrana} other {zamknięta}}",
  "deal.stale":
    ":hourglass: bez aktualizacji od {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}",
  "deal.unknownStage": "etap {id}",
  "deal.unknownReason": "powód {id}",
  "field.name": "nazwa",
  "field.account": "klient",
  "field.amountMinor": "kwota",
  "field.currency": "waluta",
  "field.stageId": "etap",
  "field.closeOn": "data zamknięcia",
  "field.nextStep": "następny krok",
  "field.nextStepDue": "termin następnego kroku",
  "field.ownerId": "opiekun",
  "field.probability": "prawdopodobieństwo",
  "field.status": "status",
  "field.lossReasonId": "powód przegranej",
  "field.lossNote": "notatka o przegranej",
  "field.closedAt": "zamknięto",
  "field.snoozedUntil": "uśpiona do",
  "field.snoozeReason": "powód uśpienia",
  "help.log":
    "`/deal log call Acme out zostawiłem wiadomość` — zapisz telefon, spotkanie, e-mail, demo lub zadanie (liczy się jako aktywność) · `/deal account Acme segment Enterprise` — ustaw segment klienta",
  "field.forecastCategory": "kategoria prognozy",
  "nudge.won.button": "Wygrana",
  "nudge.pastDue": ":rotating_light: *Termin zamknięcia {date} minął*",
  "help.forecastCategory":
    "`/deal update Acme forecast commit` — kategoria prognozy: commit (pewne), best (najlepszy scenariusz), pipeline lub omit (poza prognozą)",
  "help.forecastTeam":
    "`/deal forecast team` — Twój zespół według handlowców (menedżerowie) · `/deal forecast team call 250k quarter` — zapisz swoją prognozę",
  "help.stats":
    "`/deal stats` · `/deal stats @ann` — współczynnik wygranych, cykl sprzedaży, wielkość szansy, konwersja na tle zespołu, najsłabszy etap",

  "list.none": "{self, select, yes {Twoje otwarte szanse} other {Otwarte szanse <@{owner}>}}{filters}: brak.",
  "list.noneTip": "Utwórz szansę: `/deal new Acme amount 12k close next friday`.",
  "list.heading":
    "*{self, select, yes {Twoje otwarte szanse} other {Otwarte szanse <@{owner}>}}{filters}: {total}*",
  "list.text": "{self, select, yes {Twoje otwarte szanse} other {Otwarte szanse {owner}}}: {total}",
  "list.filters": " ({filters})",
  "list.filterStage": "etap {stage}",
  "list.filterClosing": "zamknięcie {period}",
  "list.month": "*Zamknięcie: {month}* · {count} · {total}",
  "list.more": "…i {count} więcej. Zawęź listę: `/deal list stage proposal closing this month`.",
  "blocks.more": "_…i {count} więcej, niepokazanych._",

  "nudge.header":
    "Cotygodniowy przegląd lejka: {count, plural, one {1 szansa czeka} few {# szanse czekają} many {# szans czeka} other {# szansy czeka}} na aktualizację",
  "nudge.done.header": "Wszystko gotowe, dziękuję!",
  "nudge.intro":
    "Te szanse sprzedaży od dawna nie były aktualizowane. Jedno kliknięcie przy każdej i Twoja prognoza jest rzetelna:",
  "nudge.doneIntro": "Wszystkie szanse z tej listy są obsłużone. Twoja prognoza jest aktualna.",
  "nudge.outcomeConfirmed": ":white_check_mark: Idzie zgodnie z planem: potwierdzone.",
  "nudge.outcomeUpdated": ":pencil2: Zaktualizowano.",
  "nudge.outcomePushed": ":calendar: Data zamknięcia przesunięta na {date}.",
  "nudge.outcomeLost": ":x: Oznaczono jako przegraną.",
  "nudge.outcomeWon": ":tada: Wygrana.",
  "nudge.outcomeDone": ":ballot_box_with_check: Gotowe.",
  "nudge.confirm.button": "Zgodnie z planem",
  "nudge.update.button": "Aktualizuj…",
  "nudge.push.button": "Przesuń…",
  "nudge.lost.button": "Przegrana…",
  "nudge.all.button": "Wszystkie ({count}) zgodnie z planem",
  "nudge.more.button": "Pokaż resztę",
  "nudge.rest": "…i {count} więcej.",
  "nudge.footer":
    "Nieobecność? `/deal away until &lt;data&gt;` wstrzymuje te przypomnienia. Czekasz na klienta? `/deal snooze &lt;szansa&gt; until &lt;data&gt; because &lt;powód&gt;`.",
  "nudge.text":
    "Cotygodniowy przegląd lejka: {count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} bez aktualizacji od dawna.",
  "nudge.doneText": "Cotygodniowy przegląd lejka: wszystko gotowe.",

  "chooser.question": "Do „{query}” pasuje kilka szans sprzedaży. O którą chodzi?",
  "chooser.more": "…i więcej. Podaj numer szansy (np. `#{id}`) albo dłuższy fragment nazwy.",
  "chooser.text": 'Do "{query}" pasuje kilka szans sprzedaży. O którą chodzi?',

  // --- Pickers: which stage, which contact (issue 12); a private channel in /deal admin
  "picker.stageQuestion": "Etap „{typed}” może oznaczać: {names}. O który chodzi?",
  "picker.contactQuestion": "Do „{query}” pasuje kilka kontaktów. Kto ma dostać ankietę?",
  "picker.contactMore": "…i {count} więcej. Wpisz dłuższy fragment nazwiska albo adres e-mail.",
  "picker.noEmail": "brak e-maila",
  "picker.send.button": "Wyślij ankietę",
  "picker.privateChannel":
    ":warning: {channel} to kanał prywatny: zaproś tam @Dealbot (`/invite @Dealbot` na kanale {channel}), inaczej wiadomości tam nie dotrą.",
  "picker.privateChannelTip":
    "Ustawienia zostały zapisane. Kanały publiczne nie wymagają niczego: Dealbot dołącza do nich sam.",

  "digest.header": "Podsumowanie lejka · {date}",
  "digest.more": "_…i {count} więcej_",
  "digest.funnel": "*Lejek* (otwarte szanse)",
  "digest.funnelEmpty":
    "Brak otwartych szans. Handlowcy dodają je przez `/deal new Acme amount 12k close next friday`.",
  "digest.stageLine":
    "*{stage}* ({probability}%): {count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} · {amount} · ważone {weighted}",
  "digest.stageChange": "{line} · {count} / {amount}",
  "digest.stageChangeSince": "{line} · {count} / {amount} od {date}",
  "digest.total":
    "*Razem*: {count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} · {amount} · ważone {weighted}",
  "digest.noLastWeek": "Brak jeszcze danych z zeszłego tygodnia: zmiany pojawią się od przyszłego tygodnia.",
  "digest.hygiene": "*Higiena lejka*",
  "digest.hygieneNoOpen": "Brak otwartych szans.",
  "digest.pastDueNone":
    "Otwarte szanse po terminie: 0 szans, {amount} (każda data zamknięcia przypada na dziś lub później).",
  "digest.pastDue":
    ":rotating_light: *Otwarte szanse po terminie: {count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}}, {amount}*: minęła ich data zamknięcia. Nie wchodzą do prognozy żadnego okresu, dopóki opiekunowie nie przesuną terminu, nie wygrają ich lub nie oznaczą jako przegranych.",
  "digest.hygieneCounts":
    "Bez kolejnego kroku: {noNextStep, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} · bez aktywności od 30+ dni: {quiet, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} (z {open, plural, one {# otwartej szansy} few {# otwartych szans} many {# otwartych szans} other {# otwartej szansy}})",
  "digest.timeInStage": "*Czas na etapie* (typowy = mediana pobytów zakończonych w ciągu 12 miesięcy)",
  "digest.stageTimeLine": "{stage}: {typical} · {open}",
  "digest.typical": "typowo {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}",
  "digest.typicalUnknown":
    "typowy czas nieznany ({stays, plural, one {# zakończony pobyt} few {# zakończone pobyty} many {# zakończonych pobytów} other {# zakończonego pobytu}})",
  "digest.stageNoOpen": "brak otwartych szans",
  "digest.stageOpen":
    "{count, plural, one {# otwarta szansa} few {# otwarte szanse} many {# otwartych szans} other {# otwartej szansy}}, mediana {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} na etapie",
  "digest.stageBeyond": ":hourglass: {count} znacznie ponad typowy czas (ponad {days} dni)",
  "digest.conversion":
    "*Konwersja* (szanse, które weszły na dany etap w ostatnich 90 dniach i miały czas przejść dalej, na tle 9 wcześniejszych miesięcy)",
  "digest.conversionEmpty": "Za mało historii: brak zmian etapów w ostatnich 12 miesiącach.",
  "digest.conversionLine": "{from} → {to}: {now} · wcześniej: {reference}",
  "digest.conversionRate": "{rate} ({advanced} z {matured})",
  "digest.conversionTooEarly": "za wcześnie",
  "digest.conversionNoDeals": "brak szans",
  "digest.conversionUndecided": "{count} wciąż bez rozstrzygnięcia",
  "digest.conversionReference":
    "{rate} ({count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}})",
  "digest.bottleneck":
    ":warning: *Wąskie gardło: {from} → {to}* konwertuje {rate} ({advanced} z {matured}) wobec {reference} wcześniej: więcej, niż tłumaczy przypadek.",
  "digest.forecast": "*Prognoza* na tle celu",
  "digest.accuracy": "*Trafność prognozy* (commit z początku miesiąca wobec wygranych)",
  "digest.accuracyNone":
    "Brak jeszcze stanu z początku miesiąca: trafność pojawi się po pierwszym pełnym miesiącu.",
  "digest.accuracyMonth":
    "*{month}*: commit {commit} na 1. dzień, wygrane {won}{pct, select, none {} other { ({pct}% commitu)}}",
  "digest.accuracyTrend": "Wygrane jako % commitu z 1. dnia miesiąca ({months}):",
  "digest.accuracyNoCommit": "brak commitu",
  "digest.accuracyOffBy": "średnio rozjazd o {pct}%",
  "digest.accuracyTeam": "Zespół",
  "digest.lossReasons": "*Powody przegranych* (ostatnie 90 dni)",
  "digest.lossNone": "Żadnej przegranej w ostatnich 90 dniach.",
  "digest.lossLine":
    "{reason}: {count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} · {amount}",
  "digest.costliest": "Najdroższy: *{reason}* ({amount})",
  "digest.reps": "*Handlowcy*: aktywność w tym tygodniu; wygrane i regularność z 12 miesięcy",
  "digest.repsNone": "Brak jeszcze aktywności i wygranych.",
  "digest.repLine":
    "<@{user}>: {updates} aktualizacji · {advanced} przesuniętych dalej · odpowiedzi na przypomnienia {answered}/{sent} · wygrane {won} ({amount}){largest, select, none {} other { · największa szansa to {largest}% tej kwoty}} · wygrane w {months}/12 miesięcy",
  "digest.tops": "*Sukcesy i porażki* (7 dni od {date})",
  "digest.topWon": ":trophy: Wygrana {deal}",
  "digest.topLost": ":x: Przegrana {deal}",
  "digest.topSlipped": ":hourglass: Przesunięta {deal} · {from} → {to}",
  "digest.topsNone": "W tych siedmiu dniach bez wygranych, przegranych i przesunięć.",
  "digest.keyAccounts": "*Kluczowi klienci* ({year})",
  "digest.keyNone": "W tym roku brak jeszcze przychodu od klientów.",
  "digest.keyIntro": "{key} z {total} klientów daje 80% tegorocznego przychodu ({keyRevenue} z {revenue}):",
  "digest.inactiveIntro":
    "{count, plural, one {# klient} few {# klientów} many {# klientów} other {# klienta}} bez aktywności w szansach od 90 dni:",
  "digest.inactiveLast": "{account} (ostatnio {date})",
  "digest.inactiveNever": "{account} (brak szans)",
  "digest.currencyNote": "Kwoty w {currency}. Szanse w innych walutach nie są liczone.",
  "digest.text":
    "Podsumowanie lejka, tydzień od {date}: {count, plural, one {# otwarta szansa} few {# otwarte szanse} many {# otwartych szans} other {# otwartej szansy}} o wartości {amount} (ważone {weighted}); {month}: wygrane {won}, commit {committed}, najlepszy scenariusz {bestCase}; po terminie {pastDue, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} ({pastDueAmount}){target, select, none {.} other {, cel {target}.}}",
  "forecast.line":
    "*{label}*: wygrane {won} ({wonCount, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}}) · otwarte do zamknięcia {open} ({openCount, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}}), ważone {weighted}",
  "forecast.categories":
    "Commit (szanse w kategorii Commit): {committed} ({committedCount, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}}) · Najlepszy scenariusz: {best} ({bestCount, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}})",
  "forecast.targetNone": "Cel: nieustawiony (`/deal admin quota team 100k {period}`)",
  "forecast.target":
    "Cel: {target}{source, select, quota {} reps { (suma celów handlowców)} months { (suma celów miesięcznych)} other {}}",
  "forecast.committed":
    "Prognoza commit (wygrane + Commit): {amount}{pct, select, none {} other { ({pct}% celu)}}",
  "forecast.bestCase":
    "Najlepszy scenariusz (wygrane + Commit + Best case): {amount}{pct, select, none {} other { ({pct}% celu)}}",
  "forecast.weighted":
    "Prognoza ważona (wygrane + ważone otwarte): {amount}{pct, select, none {} other { ({pct}% celu)}}",
  "forecast.historical":
    "Prognoza historyczna (wygrane + otwarte × skuteczność zespołu na etapie): {amount}{pct, select, none {} other { ({pct}% celu)}}{fallback, select, yes { (prawdopodobieństwo etapu tam, gdzie brak historii)} other {}}",
  "forecast.gap":
    "Prognoza commit jest o {amount} {direction, select, above {wyższa} other {niższa}} niż wynika z historii.",
  "forecast.gapToTarget": "Brakuje do celu: {amount}",
  "digest.rolling": "*Widok kroczący: dwa kolejne kwartały* (otwarte szanse według daty zamknięcia)",
  "digest.rollingLine":
    "*{label}*: otwarte {open} ({openCount, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}}) · commit {commit} · najlepszy scenariusz {best} · ważona {weighted} · historyczna {historical}{target, select, none {} other { · cel {target}}}",
  "accuracyPost.heading":
    ":dart: *Trafność prognozy, {month}*: commit handlowców z 1. dnia miesiąca wobec wygranych",
  "accuracyPost.text": "Trafność prognozy, {month}: commit {commit} 1. dnia miesiąca, wygrane {won}.",
  "accuracyPost.textNone":
    "Trafność prognozy, {month}: brak jeszcze migawki z początku miesiąca do porównania.",
  "accuracyPost.note":
    "Kwoty w {currency}. Commit = wygrane + szanse w kategorii Commit 1. dnia miesiąca. Cotygodniowe podsumowanie zawiera te same wiersze.",
  "homeForecast.managersOnly": "Prognozy zespołu zapisują menedżerowie: Twoja to /deal forecast.",
  "homeForecast.header": "Prognoza Twojego zespołu",
  "homeForecast.period":
    "*{label}* · zespół: wygrane {won} · commit {commit} · najlepszy scenariusz {best}{target, select, none {} other { · cel {target}}}",
  "homeForecast.rep":
    "{rep}: wygrane {won} · commit {commit} · najlepszy scenariusz {best}{target, select, none {} other { · cel {target}}}",
  "homeForecast.call": "Twoja prognoza: *{amount}* ({date})",
  "homeForecast.noCall": "Twoja prognoza: jeszcze nie zapisana.",
  "homeForecast.button": "Zapisz swoją prognozę",
  "homeForecast.legend":
    "Kwoty w {currency}. Commit = wygrane + szanse w kategorii Commit; najlepszy scenariusz dodaje szanse z Best case. Te same liczby co /deal forecast team.",
  "homeForecast.month": "Ten miesiąc",
  "homeForecast.quarter": "Ten kwartał",
  "homeForecast.title": "Twoja prognoza",
  "homeForecast.submit": "Zapisz",
  "homeForecast.close": "Anuluj",
  "homeForecast.amountLabel": "Twoja prognoza ({currency})",
  "homeForecast.periodLabel": "Na okres",
  "homeForecast.currency": "Zapisz prognozę w walucie zespołu, {currency}.",
  "risk.pastDueEarlier":
    "*Zaległe z wcześniejszych miesięcy:* {amount} w {count, plural, one {# szansie} few {# szansach} many {# szansach} other {# szansy}}, wciąż otwarte: każda jest oznaczona poniżej.",
  "admin.stagesHint":
    "Jeden etap w wierszu z prawdopodobieństwem wygranej, np. Oferta: 50%. Dopisz po nim commit, best, pipeline lub omit, aby ustawić domyślną kategorię prognozy dla otwartych szans w tym etapie (Negocjacje: 75% commit); bez tego etapy od 75% domyślnie trafiają do Best case, pozostałe do Pipeline. Wygrane i Przegrane są zawsze. Pominięty etap zostaje wycofany, ale nie dopóki ma otwarte szanse.",
  "form.forecastCategory": "Kategoria prognozy",
  "form.forecastCategoryHint":
    "Commit: ręczysz, że szansa zamknie się do swojej daty. Jeśli zostawisz wybór bez zmian, szansa zachowa obecne ustawienie.",
  "forecast.category.commit": "Commit (pewne)",
  "forecast.category.best": "Najlepszy scenariusz",
  "forecast.category.pipeline": "Pipeline (w lejku)",
  "forecast.category.omit": "Poza prognozą",
  "growth.flow": "*Napływ nowych szans*",
  "growth.flowLine":
    "{label}: {deals, plural, one {# nowa szansa} few {# nowe szanse} many {# nowych szans} other {# nowej szansy}} o wartości {amount} · {customers, plural, one {# nowy klient} few {# nowi klienci} many {# nowych klientów} other {# nowego klienta}}",
  "growth.week": "Ostatnie 7 dni",
  "growth.month": "Ten miesiąc ({month})",
  "growth.segments": "*Według segmentu* (otwarte teraz; wygrane w tym kwartale)",
  "growth.noSegment": "_Bez segmentu_",
  "growth.segmentLine":
    "{segment}: otwarte {open} ({openCount, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}}) · wygrane w tym kwartale {won} ({wonCount})",
  "growth.activity": "*Aktywność sprzedażowa* (ostatni tydzień)",
  "growth.calls":
    "{out, plural, one {# połączenie wychodzące} few {# połączenia wychodzące} many {# połączeń wychodzących} other {# połączenia wychodzącego}}, przychodzące: {in}",
  "growth.meetings":
    "{count, plural, one {# spotkanie} few {# spotkania} many {# spotkań} other {# spotkania}}",
  "growth.emails": "{count, plural, one {# e-mail} few {# e-maile} many {# e-maili} other {# e-maila}}",
  "growth.demos":
    "{count, plural, one {# prezentacja} few {# prezentacje} many {# prezentacji} other {# prezentacji}}",
  "growth.tasks": "{count, plural, one {# zadanie} few {# zadania} many {# zadań} other {# zadania}}",
  "growth.noActivity": "brak zapisanej aktywności",
  "growth.upkeep": "*Porządek w kontaktach* ({month})",
  "growth.added": "Dodane kontakty: {list}",
  "growth.bounced": "Odbite e-maile: {list}",
  "growth.quiet": "Bez odpowiedzi i weryfikacji od 12 miesięcy: {list}",
  "growth.none": "brak",
  "growth.imports": "import",
  "growth.accounts": "{count, plural, one {# klient} few {# klienci} many {# klientów} other {# klienta}}",
  "digest.chartNote": "Wykres przychodzi z cotygodniowym wpisem na kanale podsumowań.",

  "survey.title": "Twoja opinia",
  "survey.question": "Jak bardzo prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?",
  "survey.low": "0 = zupełnie nieprawdopodobne",
  "survey.high": "10 = bardzo prawdopodobne",
  "survey.commentLabel": "Jaki jest główny powód Twojej oceny? (opcjonalnie)",
  "survey.send": "Wyślij",
  "survey.pickScore": "Wybierz ocenę od 0 do 10.",
  "survey.thanks": "Dziękujemy za odpowiedź!",
  "survey.canChangeUntil": "Możesz zmienić odpowiedź do {date}.",
  "survey.closed": "Twoja odpowiedź została zapisana i nie można jej już zmienić. Dziękujemy!",
  "survey.stale":
    "Ten formularz został już wysłany lub jest nieaktualny. Oto Twoja obecna odpowiedź; możesz ją zmienić.",
  "survey.hello": "Dzień dobry {name},",
  "survey.emailIntro": "Chcemy wiedzieć, jak nam idzie. Wystarczy jedno kliknięcie:",
  "survey.emailSubject": "Czy poleciłbyś nas?",
  "survey.unsubscribeLink": "Nie chcesz tych wiadomości? Wypisz się",
  "survey.unsubscribed": "Wypisano Cię. Nie będziemy już wysyłać Ci tych ankiet.",
  "survey.invalidTitle": "Ten link jest nieprawidłowy",
  "survey.invalidBody": "Sprawdź, czy otworzyłeś cały link z wiadomości.",
  "survey.expiredTitle": "Ankieta została zamknięta",
  "survey.expiredBody": "Link ma ponad 30 dni. Mimo to dziękujemy!",
  "survey.tooMany": "Zbyt wiele żądań. Spróbuj ponownie za minutę.",
  "survey.comment.title": "Twoja opinia",

  "home.none": "brak otwartych szans",
  "home.totals":
    "{count, plural, one {# otwarta} few {# otwarte} many {# otwartych} other {# otwartej}} · {amount} · ważone {weighted}",
  "home.pipeline.header": "Twój lejek sprzedaży",
  "home.open": "*Otwarte:* {totals}",
  "home.new.button": "Nowa szansa",
  "home.refresh.button": "Odśwież",
  "home.empty":
    "Nie masz otwartych szans. Utwórz szansę przyciskiem powyżej albo z dowolnego kanału: `/deal new Acme amount 12k close next friday`.",
  "home.stale":
    ":hourglass: {count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} od dawna bez aktualizacji: potwierdź lub zaktualizuj.",
  "home.month": "*Zamknięcie: {month}*",
  "home.update.button": "Aktualizuj",
  "home.more": "…i {count} więcej otwartych szans. Wszystkie zobaczysz przez `/deal list`.",
  "home.team.header": "Twój zespół",
  "home.teamEmpty": "Nikt jeszcze Ci nie podlega. Administrator ustawia zespoły przez `/deal admin`.",

  "setup.stage.lead": "Lead",
  "setup.stage.qualified": "Kwalifikacja",
  "setup.stage.proposal": "Oferta",
  "setup.stage.negotiation": "Negocjacje",
  "setup.stage.won": "Wygrana",
  "setup.stage.lost": "Przegrana",
  "setup.reason.price": "Za wysoka cena",
  "setup.reason.competitor": "Wybrał konkurencję",
  "setup.reason.no-budget": "Brak budżetu",
  "setup.reason.no-decision": "Brak decyzji / utknęło",
  "setup.reason.timing": "Zły moment",
  "setup.reason.product-fit": "Produkt nie pasuje do potrzeb",
  "setup.reason.other": "Inny powód",
  ...plSurfaces,
};
