import { plForms } from "../forms/pl.js";
import { plParse } from "../parse/pl.js";
import { plReplies } from "../replies/pl.js";
import type { SurfaceKey } from "./en.js";

export const plSurfaces: Record<SurfaceKey, string> = {
  ...plParse,
  ...plForms,
  ...plReplies,
  "refusal.notYours":
    "{what} należy do {who}: możesz zmieniać tylko własne szanse sprzedaży. Poproś właściciela albo jego przełożonego.",
  "refusal.notYoursManager":
    "Możesz zmieniać swoje szanse i szanse swojego zespołu; {what} należy do {who}, a ta osoba nie jest w Twoim zespole. Poproś administratora o dodanie jej do zespołu.",
  "refusal.handoff":
    "Nie możesz przekazać {what} użytkownikowi {who}: ta osoba nie jest w Twoim zespole. Wybierz kogoś z zespołu albo poproś administratora.",
  "refusal.ownerOutside": "Możesz tworzyć szanse tylko dla siebie; {who} nie jest w Twoim zespole.",
  "refusal.ownerOutsideManager":
    "Możesz tworzyć szanse dla siebie i swojego zespołu; {who} nie jest w Twoim zespole.",
  "refusal.someoneElse": "innej osoby",
  "refusal.thatPerson": "ta osoba",

  "failure.form":
    "Po stronie Dealbota wystąpił błąd; nic nie zostało zapisane. Spróbuj ponownie za chwilę (numer zgłoszenia {ref}).",
  "failure.formAfterClose":
    ":warning: Dealbot przyjął formularz, ale potem wystąpił błąd, więc zmiany mogły nie zostać w pełni zapisane. Sprawdź przez `/deal list`, zanim wyślesz go ponownie; jeśli problem się powtarza, zgłoś go administratorowi (numer zgłoszenia {ref}).",
  "failure.restarting": "Dealbot się restartował i formularz nie zdążył się otworzyć. Spróbuj ponownie.",

  "reply.noLostStage":
    "Twój zespół nie ma etapu przegranej. Administrator może go dodać przez `/deal admin`.",

  "win.announcement": ":tada: <@{owner}> wygrywa *{deal}*: *{amount}*",
  "win.announcementAccount": ":tada: <@{owner}> wygrywa *{deal}* ({account}): *{amount}*",

  "pushForm.title": "Przesuń datę zamknięcia",
  "pushForm.submit": "Przesuń",
  "pushForm.close": "Anuluj",
  "pushForm.date.label": "Nowa przewidywana data zamknięcia",
  "pushForm.next.label": "Następny krok",
  "lostForm.title": "Oznacz jako przegraną",
  "lostForm.submit": "Oznacz przegraną",
  "lostForm.close": "Anuluj",
  "lostForm.reason.label": "Dlaczego przegraliśmy?",
  "lostForm.reason.placeholder": "Wybierz powód",
  "lostForm.note.label": "Notatka",
  "lostForm.note.placeholder": "Wybrali tańsze narzędzie",
  "pushForm.date.missing": "Wybierz nową datę zamknięcia.",
  "pushForm.conflict":
    "Ktoś zmienił tę szansę po otwarciu formularza. Nic nie zapisano: zamknij formularz i sprawdź ją ponownie.",
  "lostForm.reason.missing": "Wybierz powód przegranej.",
  "lostForm.noLostStage": "Twój zespół nie ma etapu przegranej; poproś administratora.",
  "lostForm.conflict":
    "Ktoś zmienił tę szansę po otwarciu formularza. Nic nie zapisano: zamknij formularz i sprawdź szansę przez /deal show.",

  "risk.thisMonth": "ten miesiąc",
  "risk.dm.allSet.header": "Wszystko gotowe, dziękujemy!",
  "risk.dm.header":
    "{count, plural, one {Szansa może się przesunąć} few {# szanse mogą się przesunąć} many {# szans może się przesunąć} other {# szansy może się przesunąć}} · {month}",
  "risk.dm.intro":
    "Te szanse mają planowane zamknięcie w tym miesiącu ({month}), ale widać oznaki poślizgu. Na reakcję zostało dziesięć dni:",
  "risk.dm.confirmed": ":white_check_mark: Potwierdzone na {month}.",
  "risk.dm.moved": ":calendar: Przesunięto na {date}.",
  "risk.dm.lost": ":x: Oznaczono jako przegraną.",
  "risk.dm.won": ":tada: Wygrana.",
  "risk.dm.updated": ":ballot_box_with_check: Zaktualizowano.",
  "risk.confirm.button": "Potwierdź na {month}",
  "risk.move.button": "Przesuń…",
  "risk.lost.button": "Przegrana…",
  "risk.dm.text":
    "{count, plural, one {# szansa może się przesunąć} few {# szanse mogą się przesunąć} many {# szans może się przesunąć} other {# szansy może się przesunąć}} · {month}.",
  "risk.alert.header": "Szanse zagrożone przesunięciem · {month}",
  "risk.alert.expected":
    "*Planowane zamknięcie ({month}):* {total} w {count, plural, one {# szansie} few {# szansach} many {# szansach} other {# szansy}}",
  "risk.alert.split":
    "*Zagrożone:* {atRisk} w {atRiskCount, plural, one {# szansie} few {# szansach} many {# szansach} other {# szansy}}   ·   *Bezpieczne:* {safe} w {safeCount, plural, one {# szansie} few {# szansach} many {# szansach} other {# szansy}}",
  "risk.alert.nothing": "nic",
  "risk.alert.noRecord": "Brak historii trafności: w zeszłym miesiącu nie było alertu do oceny.",
  "risk.alert.record":
    "Zeszły miesiąc ({month}): oznaczono {flagged}, z czego {slippedFlagged} przesunęło się lub przegrało; {unflagged} z {slipped} przesuniętych nie było oznaczonych.",
  "risk.alert.allClear": "Nic nie oznaczono: wszystkie szanse planowane na {month} idą zgodnie z planem.",
  "risk.alert.owner":
    "*{name}* (<@{owner}>) · {count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} · {total}",
  "risk.alert.deal": "• {deal} · {amount} · zamknięcie {date}: {reasons}",
  "risk.alert.footer":
    "Właściciele dostali wiadomość, by potwierdzić, przesunąć lub zamknąć każdą oznaczoną szansę.",
  "risk.alert.text":
    "Szanse zagrożone przesunięciem · {month}: {count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} ({total}).",
  "risk.reason.past-due": "termin zamknięcia {date} minął",
  "risk.reason.past-due-since": "po terminie od {date}",
  "risk.reason.stale":
    "brak aktualizacji i potwierdzenia od {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}",
  "risk.reason.pushed":
    "data zamknięcia przesuwana już {count, plural, one {raz} few {# razy} many {# razy} other {# razy}}",
  "risk.reason.early-stage": "wciąż na etapie {stage} ({probability}%)",
  "risk.reason.no-next-step": "brak następnego kroku",
  "risk.reason.next-step-overdue": "następny krok zaległy od {date}",
  "risk.reason.amount-changed": "kwota zmieniona w ciągu ostatnich 7 dni ({from} → {to})",
  "risk.reason.quiet-since-nudge": "brak aktywności od przypomnienia z {date}",

  "repForecast.header": "Twoja prognoza",
  "repForecast.period":
    "*{label}*: wygrane {won} ({wonCount, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}}) · otwarte do zamknięcia {open}, ważone {weighted} · Commit {committed}",
  "repForecast.noTarget": "Cel: nieustawiony. Poproś administratora: `/deal admin quota @you 50k {period}`.",
  "repForecast.reached": "Cel {target}: osiągnięty :tada:",
  "repForecast.gap": "Cel {target} · brakuje {gap}",
  "repForecast.noClosers": "W tym okresie nie zamyka się żadna otwarta szansa, która zmniejszyłaby lukę.",
  "repForecast.closable": "Te szanse domknęłyby cel:",
  "repForecast.notClosable": "Nawet wszystkie te szanse nie domknęłyby celu:",
  "repForecast.closer": "• #{id} {name} · {amount} · {probability}% · zamknięcie {date}",
  "repForecast.text": "Twoja prognoza: {month} wygrane {won}.",
  "repForecast.textTarget": "Twoja prognoza: {month} wygrane {won} z {target}.",
  "repForecast.footer":
    "Kwoty w {currency}. Commit: Twoje szanse w kategorii Commit (`/deal update Acme forecast commit` lub Potwierdź w alercie o ryzyku).",
  "teamForecast.header": "Prognoza Twojego zespołu",
  "teamForecast.total":
    "*{label}* · zespół: wygrane {won} · Commit {commit} · najlepszy scenariusz {best} · ważone {weighted}",
  "teamForecast.totalTarget":
    "*{label}* · zespół: wygrane {won} · Commit {commit} · najlepszy scenariusz {best} · ważone {weighted} · cel {target}",
  "teamForecast.call":
    "Twoja prognoza: *{call}* ({date}) · Commit handlowców {commit}, najlepszy scenariusz {best}",
  "teamForecast.noCall": "Twoja prognoza: niezapisana. `/deal forecast team call 250k {period}`",
  "teamForecast.rep": "<@{rep}>: wygrane {won} · Commit {commit} · najlepszy scenariusz {best}",
  "teamForecast.repTarget":
    "<@{rep}>: wygrane {won} · Commit {commit} · najlepszy scenariusz {best} · cel {target}",
  "teamForecast.text": "Prognoza zespołu: {month} Commit {commit}, najlepszy scenariusz {best}.",
  "teamForecast.footer":
    "Kwoty w {currency}. Commit = wygrane + szanse w Commit; najlepszy scenariusz dodaje szanse w Best case. Handlowcy ustawiają kategorię przez `/deal update Acme forecast commit`.",
  "teamForecast.callRecorded": ":white_check_mark: Twoja prognoza na {period}: {amount}.",
  "teamForecast.noReps": "W Twoim zespole nie ma jeszcze handlowców: administrator doda ich w /deal admin.",
  "teamForecast.notManager":
    "/deal forecast team jest dla menedżerów: zbiera prognozy Twoich handlowców. Twoja prognoza to /deal forecast. Zespoły ustawia administrator w /deal admin.",
  "teamForecast.currency": "Podaj prognozę w walucie zespołu ({currency}).",

  "stats.notYourTeam":
    "<@{user}> nie jest w Twoim zespole: widzisz swoje statystyki i statystyki swoich handlowców.",
  "stats.ownOnly": "Widzisz swoje statystyki: /deal stats. Menedżerowie widzą statystyki swoich handlowców.",
  "stats.header": "Statystyki handlowca · 12 mies.",
  "stats.pct": "{pct}%",
  "stats.days": "{count, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}",
  "stats.winRate": "Skuteczność {rate} ({won} wygranych, {lost} przegranych) · zespół {teamRate}",
  "stats.avgDeal": "Średnia wartość szansy {avg} · zespół {teamAvg}",
  "stats.cycle": "Średni cykl sprzedaży (utworzenie → wygrana) {days} · zespół {teamDays}",
  "stats.won": "Wygrane {won} · wygrane w {months} z 12 miesięcy: {consistency}",
  "stats.wonShare":
    "Wygrane {won} · największa szansa to {share}% tej kwoty · wygrane w {months} z 12 miesięcy: {consistency}",
  "stats.consistency.steady": "*równomiernie*: wygrane rozłożone na cały rok",
  "stats.consistency.jackpot": "*zależność od jednej szansy*: jedna szansa robi dużą część roku",
  "stats.consistency.uneven": "*nierówno*: wygrane tylko w kilku miesiącach",
  "stats.consistency.none": "brak wygranych w ostatnich 12 miesiącach",
  "stats.kind.steady": "równomiernie",
  "stats.kind.jackpot": "zależność od jednej szansy",
  "stats.kind.uneven": "nierówno",
  "stats.kind.none": "jeszcze bez wygranych",
  "stats.noTarget": "{quarter}: brak celu.",
  "stats.reached": "{quarter}: cel {target} osiągnięty.",
  "stats.coverage":
    "{quarter}: do celu {target} brakuje {remaining}; otwarty lejek zamykany w tym kwartale {pipeline} = *pokrycie {coverage}×*",
  "stats.coverageLow":
    "{quarter}: do celu {target} brakuje {remaining}; otwarty lejek zamykany w tym kwartale {pipeline} = *pokrycie {coverage}×* (zwykle przyjmuje się 3×)",
  "stats.funnel":
    "*Lejek według etapów* (kwota otwarta; konwersja szans, które miały czas się przesunąć)\n{lines}",
  "stats.funnelLine":
    "{stage}: {count, plural, one {# otwarta szansa} few {# otwarte szanse} many {# otwartych szans} other {# otwartej szansy}}, {amount} · konwersja {rate} ({advanced} z {matured}) · zespół {teamRate}",
  "stats.funnelLineWeakest":
    "{stage}: {count, plural, one {# otwarta szansa} few {# otwarte szanse} many {# otwartych szans} other {# otwartej szansy}}, {amount} · konwersja {rate} ({advanced} z {matured}) · zespół {teamRate} · :point_left: najsłabszy",
  "stats.weakest":
    "Najsłabszy etap: *{stage}*: {rate} wobec {teamRate} w zespole. Od tego warto zacząć coaching.",
  "stats.noWeakest":
    "Żaden etap nie jest jeszcze wyraźnie poniżej zespołu (etap ocenia się po 5 rozstrzygniętych szansach).",
  "stats.text": "Statystyki {who}: skuteczność {rate}, {kind}.",
  "stats.footer":
    "Kwoty w {currency}. Zależność od jednej szansy: jedna szansa to 40%+ wygranej wartości; równomiernie: wygrane w 6+ miesiącach.",

  // --- Activities: the Log activity button and form, and /deal stats' activity section
  "activity.log.button": "Zapisz aktywność",
  "activity.form.title": "Zapisz aktywność",
  "activity.form.submit": "Zapisz",
  "activity.form.close": "Anuluj",
  "activity.form.deal.label": "Szansa",
  "activity.form.deal.placeholder": "Wybierz jedną ze swoich otwartych szans",
  "activity.form.type.label": "Co zrobiłeś?",
  "activity.form.direction.label": "Kierunek (telefony i e-maile; domyślnie wychodzące)",
  "activity.form.note.label": "Notatka",
  "activity.form.note.placeholder": "np. nagrałem wiadomość, wysłałem cennik",
  "activity.type.call.option": "Telefon",
  "activity.type.meeting.option": "Spotkanie",
  "activity.type.email.option": "E-mail",
  "activity.type.demo.option": "Demo",
  "activity.type.task.option": "Zadanie",
  "activity.direction.out.option": "Wychodzące",
  "activity.direction.in.option": "Przychodzące",
  "activity.what.out": "{type} (wychodzące)",
  "activity.what.in": "{type} (przychodzące)",
  "activity.logged":
    ":white_check_mark: {what} zapisano przy szansie {deal}. Liczy się jako aktywność przy szansie.",
  "activity.noDeals":
    "Nie masz otwartych szans, przy których można zapisać aktywność. Zapisz ją przy dowolnej szansie poleceniem `/deal log call Acme out` albo utwórz szansę poleceniem `/deal new`.",
  "activity.error.deal": "Wybierz szansę.",
  "activity.error.type": "Wybierz, co zrobiłeś.",
  "activity.error.dealGone": "Ta szansa już nie istnieje. Zamknij formularz i wybierz inną.",
  "activity.error.unreadable": "Nie udało się odczytać formularza. Zamknij go i spróbuj ponownie.",
  "stats.activity.heading":
    "*Aktywność sprzedażowa*, ostatnie 4 tygodnie: Twoja, a w nawiasach średnia {people, plural, one {# osoby} few {# osób} many {# osób} other {# osoby}}, które coś zapisały",
  "stats.activity.week": "Tydzień od {day}",
  "stats.activity.total": "4 tygodnie",
  "stats.activity.line":
    "{period}: telefony wychodzące {callsOut} ({teamCallsOut}) · przychodzące {callsIn} ({teamCallsIn}) · spotkania {meetings} ({teamMeetings}) · e-maile {emails} ({teamEmails}) · dema {demos} ({teamDemos}) · zadania {tasks} ({teamTasks})",
  "stats.activity.none":
    "*Aktywność sprzedażowa*: nikt nic nie zapisał w ostatnich 4 tygodniach. Zapisuj telefony, spotkania i e-maile poleceniem `/deal log call Acme out` albo przyciskiem *Zapisz aktywność* przy szansie.",
};
