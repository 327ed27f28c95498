import type { FormsKey } from "./en.js";

export const plForms: Record<FormsKey, string> = {
  "form.deal.create.title": "Nowa szansa sprzedaży",
  "form.deal.update.title": "Edytuj szansę #{id}",
  "form.deal.create.submit": "Utwórz",
  "form.deal.update.submit": "Zapisz",
  "form.deal.close": "Anuluj",
  "form.deal.name.label": "Nazwa szansy sprzedaży",
  "form.deal.name.placeholder": "Acme sp. z o.o. – 50 licencji",
  "form.deal.account.label": "Klient",
  "form.deal.account.placeholder": "Acme sp. z o.o.",
  "form.deal.amount.label": "Kwota",
  "form.deal.amount.placeholder": "12k, 12500 lub 12 500,50",
  "form.deal.amount.hint": "Bez symbolu waluty zostanie użyta waluta podana poniżej.",
  "form.deal.currency.label": "Waluta",
  "form.deal.stage.label": "Etap",
  "form.deal.stage.option": "{stage} ({probability}%)",
  "form.deal.close.label": "Przewidywana data zamknięcia",
  "form.deal.next.label": "Następny krok",
  "form.deal.next.placeholder": "Wyślij ofertę",
  "form.deal.nextDue.label": "Termin następnego kroku",
  "form.deal.owner.label": "Opiekun",
  "form.deal.probability.label": "Prawdopodobieństwo (%)",
  "form.deal.probability.placeholder": "Zostaw puste, aby użyć wartości z etapu",
  "form.deal.lossReason.label": "Powód przegranej (jeśli przegrana)",
  "form.deal.unreadable": "Nie udało się odczytać formularza. Zamknij go i spróbuj ponownie.",
  "form.deal.name.missing": "Podaj nazwę szansy, np. Acme sp. z o.o. – 50 licencji.",
  "form.deal.amount.missing": "Podaj kwotę, np. 12k lub 12 500.",
  "form.deal.amount.currencyMismatch":
    "Kwota jest w {amountCurrency}, a pole waluty wskazuje {currency}. Popraw jedno z nich, żeby się zgadzały.",
  "form.deal.stage.missing": "Wybierz etap.",
  "form.deal.close.missing": "Wybierz przewidywaną datę zamknięcia.",
  "form.deal.owner.missing": "Wybierz opiekuna szansy.",
  "form.deal.gone": "Ta szansa sprzedaży już nie istnieje.",
  "form.deal.someone": "ktoś",
  "form.deal.changedBy":
    "W trakcie Twojej edycji zmianę wprowadził(a) {who} ({change}). Nic nie zapisano: zamknij formularz i otwórz go ponownie.",
  "form.deal.changed":
    "Ta szansa zmieniła się w trakcie Twojej edycji. Nic nie zapisano: zamknij formularz i otwórz go ponownie.",
  // --- NPS forms (the follow-up outcome: the reader's language; the comment: the contact's) and contact/survey replies
  "form.nps.closed": "Tej odpowiedzi nie można już zmienić.",
  "form.nps.notYours": "To nie jest Twoja ankieta.",
  "form.nps.outcome.title": "Kontakt z krytykiem",
  "form.nps.outcome.submit": "Zamknij sprawę",
  "form.nps.outcome.label": "Jak zakończył się kontakt z klientem ({who})?",
  "form.nps.outcome.missing": "Napisz, jak zakończył się kontakt.",
  "form.nps.outcome.closed": "Ta sprawa jest już zamknięta.",
  "npsContacts.optedOut": ":no_bell: rezygnacja z ankiet",
  "npsContacts.added":
    "{created, select, yes {Dodano} other {Zaktualizowano}} kontakt {contact} u klienta *{account}*{newAccount, select, yes { (nowy klient)} other {}}.",
  "npsContacts.addedTip": "Wszystkie kontakty: `/deal contact list {account}`",
  "npsContacts.none": "Klient *{account}* nie ma jeszcze kontaktów.",
  "npsContacts.noneTip": "Dodaj kontakt: `/deal contact add Maria maria@acme.com account Acme`",
  "npsContacts.listText": "Kontakty klienta {account}",
  "npsContacts.listHeading": "*Kontakty klienta {account}* ({count})",
  "npsContacts.noneToSurvey": "*{target}*: brak kontaktów, do których można wysłać ankietę.",
  "npsContacts.sent":
    "• :white_check_mark: {who}: ankieta wysłana {channel, select, slack {na Slacku} email {e-mailem} other {({channel})}}",
  "npsContacts.retry": "• :hourglass: {who}: jeszcze nie wysłano; spróbujemy ponownie",
  "npsContacts.recent": "• :no_entry_sign: {who}: ankieta wysłana {date} (najwyżej jedna ankieta na 90 dni)",
  "npsContacts.skipped": "• :no_entry_sign: {who}: {reason}",
  "npsContacts.skip.optedOut": "rezygnacja z ankiet",
  "npsContacts.skip.noChannel":
    "brak użytkownika Slacka i adresu e-mail (lub e-mail nie jest skonfigurowany)",
  "npsContacts.skip.duplicate": "już zlecono",
  "npsContacts.sentText": "Ankiety NPS: {target}",
  "npsContacts.sentHeading": "*Ankiety NPS: {target}*",
  "npsContacts.sentNote": "Odpowiedzi i alerty o krytykach trafiają na kanał NPS.",
  // --- /deal admin: the form, its messages and the confirmation (the admin's own language); quotas
  "admin.form.title": "Ustawienia zespołu",
  "admin.form.submit": "Zapisz",
  "admin.form.close": "Anuluj",
  "admin.form.timezone.label": "Strefa czasowa zespołu",
  "admin.form.timezone.hint":
    "Nazwa IANA, np. Europe/Warsaw. Według niej wysyłane są podsumowania i alerty o ryzyku.",
  "admin.form.currency.label": "Waluta",
  "admin.form.currency.hint": "Kod ISO 4217, używany dla kwot wpisanych bez waluty.",
  "admin.form.language.label": "Język zespołu",
  "admin.form.language.hint":
    "W tym języku powstają podsumowania, alerty o ryzyku i inne wpisy na kanałach. Każdy dostaje odpowiedzi w swoim języku Slacka (lub wybranym przez /deal language).",
  "admin.form.digest.label": "Kanały podsumowań",
  "admin.form.digest.placeholder": "Wybierz kanały",
  "admin.form.digest.hint": "Gdzie publikowane jest poniedziałkowe podsumowanie lejka.",
  "admin.form.channel.placeholder": "Wybierz kanał",
  "admin.form.alerts.label": "Kanał alertów",
  "admin.form.alerts.hint":
    "Alerty o ryzyku dla menedżerów. Puste: obowiązuje ustawienie serwera (DEALBOT_CHANNEL_ALERTS), jeśli jest.",
  "admin.form.nps.label": "Kanał NPS",
  "admin.form.nps.hint":
    "Wyniki NPS i alerty o krytykach. Puste: obowiązuje ustawienie serwera (DEALBOT_CHANNEL_NPS), jeśli jest.",
  "admin.form.win.label": "Ogłoszenia o wygranych",
  "admin.form.win.hint":
    "Krótki wpis (kto i za ile), gdy szansa zostanie wygrana; o przegranych nie. Puste: brak ogłoszeń.",
  "admin.form.segments.label": "Segmenty klientów",
  "admin.form.segments.placeholder": "MŚP\nŚrednie firmy\nKorporacje",
  "admin.form.segments.hint":
    "Jeden w wierszu. Segment klienta ustawisz poleceniem /deal account Acme segment SMB lub kolumną w CSV; podsumowanie pokazuje lejek i wygrane według segmentów.",
  "admin.form.stages.label": "Otwarte etapy w kolejności lejka",
  "admin.form.stages.placeholder": "Lead: 10%\nOferta: 50%",
  "admin.form.reasons.label": "Powody przegranej",
  "admin.form.reasons.placeholder": "Za wysoka cena",
  "admin.form.reasons.hint":
    "Jeden w wierszu, w kolejności wyświetlania. Usunięty powód nie będzie już proponowany; szanse go zachowują.",
  "admin.form.managers.label": "Menedżerowie",
  "admin.form.managers.placeholder": "Wybierz menedżerów",
  "admin.form.managers.hint":
    "Każdy menedżer dostaje poniżej pole na swoich handlowców. Menedżerowie mogą aktualizować szanse swoich handlowców.",
  "admin.form.reps.label": "Handlowcy: {name}",
  "admin.form.reps.placeholder": "Wybierz handlowców",
  "admin.form.hiddenManagers":
    "Nie pokazano handlowców {count, plural, one {# kolejnego menedżera} few {# kolejnych menedżerów} many {# kolejnych menedżerów} other {# kolejnego menedżera}} (formularz mieści {blocks} bloków); ich zespoły pozostają bez zmian. Wybierz tu mniej menedżerów, aby je edytować.",
  "admin.form.unreadable": "Nie udało się odczytać formularza. Zamknij go i uruchom ponownie /deal admin.",
  "admin.form.adminsOnly":
    ":no_entry: Ustawienia zespołu mogą zmieniać tylko administratorzy Dealbota. Poproś administratora albo ustaw DEALBOT_ADMINS.",
  "admin.form.refused":
    "Ustawienia zespołu mogą zmieniać tylko administratorzy Dealbota. Nic nie zapisano: poproś administratora.",
  "admin.saved.head":
    ":white_check_mark: *Zapisano ustawienia zespołu:* strefa czasowa {timezone}, waluta {currency}{language, select, none {} other {, język {language}}}, podsumowanie {digest}, alerty {alerts}, NPS {nps}.",
  "admin.saved.none": "brak",
  "admin.saved.noReps": "brak handlowców",
  "admin.saved.stages": "• *Etapy:* {stages}, a dalej Wygrana i Przegrana.",
  "admin.saved.added": "• Nowe etapy: {names}.",
  "admin.saved.retired": "• Wycofane etapy: {names}.",
  "admin.saved.reasons": "• *Powody przegranej:* {names}.",
  "admin.saved.win": "• *Ogłoszenia o wygranych:* {channel}.",
  "admin.saved.segments": "• *Segmenty:* {names}.",
  "admin.saved.noLongerOffered": "• Już niedostępne: {names}.",
  "admin.saved.teams": "• *Zespoły:* {teams}",
  "admin.saved.team": "<@{manager}>: {reps}",
  "admin.saved.noManagers": "• *Zespoły:* brak menedżerów.",
  "admin.saved.text":
    "Zapisano ustawienia zespołu: strefa czasowa {timezone}, waluta {currency}, {stages, plural, one {# otwarty etap} few {# otwarte etapy} many {# otwartych etapów} other {# otwartego etapu}}, {reasons, plural, one {# powód przegranej} few {# powody przegranej} many {# powodów przegranej} other {# powodu przegranej}}, {managers, plural, one {# menedżer} few {# menedżerów} many {# menedżerów} other {# menedżera}}.",
  "admin.quota.saved":
    "Cel sprzedażowy dla {subject, select, team {zespołu} other {<@{subject}>}}, {period}: {amount}.",
  "admin.quota.tip": "Widać go w cotygodniowym podsumowaniu i w `/deal forecast`.",
  // --- /deal admin: problems with the settings (the admin's language)
  "admin.problem.timezone.missing":
    "Podaj strefę czasową zespołu jako nazwę IANA, np. Europe/Warsaw lub America/New_York.",
  "admin.problem.timezone.unknown":
    'Nie znam strefy czasowej "{text}". Użyj nazwy IANA, np. Europe/Warsaw lub America/New_York.',
  "admin.problem.currency.invalid": '"{text}" nie jest kodem waluty ISO 4217, np. EUR, USD lub PLN.',
  "admin.problem.currency.missing": "Podaj kod waluty ISO 4217, np. EUR, USD lub PLN.",
  "admin.problem.language.invalid": "Wybierz jeden z: {choices}.",
  "admin.problem.line.noProbability": 'W wierszu {line} "{text}" brakuje prawdopodobieństwa.',
  "admin.problem.line.noName": 'W wierszu {line} "{text}" brakuje nazwy etapu.',
  "admin.problem.line.tooLong": 'Wiersz {line}: "{text}…" ma ponad {max} znaków.',
  "admin.problem.line.badProbability":
    'Wiersz {line}: prawdopodobieństwo "{text}" musi być liczbą całkowitą od 0 do 100.',
  "admin.problem.line.duplicateStage":
    'Wiersz {line}: "{text}" jest już w wierszu {first}; nazwy etapów muszą się różnić.',
  "admin.problem.more":
    "(i {count, plural, one {# podobny problem} few {# podobne problemy} many {# podobnych problemów} other {# podobnego problemu}})",
  "admin.problem.stages.none": "Podaj co najmniej jeden otwarty etap.",
  "admin.problem.stages.tooMany": "Otwartych etapów może być najwyżej {max}; podano {count}.",
  "admin.problem.stages.howTo":
    'Wpisz jeden otwarty etap w wierszu: nazwę i prawdopodobieństwo, np. "{example}".',
  "admin.problem.stages.fixed":
    '"{name}" to etap {kind, select, won {wygranych} lost {przegranych} other {{kind}}}, który istnieje zawsze: usuń go z tej listy.',
  "admin.problem.stages.inUse":
    "{count, plural, one {# otwarta szansa jest nadal na etapie {stage}: najpierw ją przenieś} few {# otwarte szanse są nadal na etapie {stage}: najpierw je przenieś} many {# otwartych szans jest nadal na etapie {stage}: najpierw je przenieś} other {# otwartej szansy jest nadal na etapie {stage}: najpierw ją przenieś}} albo zostaw {stage} na liście.",
  "admin.problem.stages.justMoved":
    "Na etap {stage} właśnie {count, plural, one {przeniesiono # otwartą szansę: przenieś ją} few {przeniesiono # otwarte szanse: przenieś je} many {przeniesiono # otwartych szans: przenieś je} other {przeniesiono # otwartej szansy: przenieś ją}} z powrotem albo zostaw {stage} na liście. Nic nie zapisano.",
  "admin.problem.stages.concurrent":
    "Ktoś w tym samym momencie zmienił etapy lub powody przegranej. Nic nie zapisano: wyślij formularz ponownie.",
  "admin.problem.team.ownRep": "{name} nie może być swoim własnym handlowcem.",
  "admin.problem.team.twoManagers":
    "{rep} jest też wybrany(-a) u menedżera {manager}: handlowiec ma jednego menedżera, więc wybierz go tylko raz.",
  "admin.problem.team.circle": "{names} zarządzaliby sobą nawzajem w kółko: wybierz, kto komu podlega.",
  // --- /deal show: a deal's details and history (the reader's language)
  "details.amount": "*Kwota*\n{amount} (ważona {weighted})",
  "details.stage": "*Etap*\n{stage} · {probability}%",
  "details.stageOwn": "*Etap*\n{stage} · {probability}% (ustawione dla tej szansy)",
  "details.expectedClose": "*Przewidywane zamknięcie*\n{date}",
  "details.closed": "*Zamknięto*\n{date}",
  "details.owner": "*Opiekun*\n<@{owner}>",
  "details.account": "*Klient*\n{account}",
  "details.nextStep": "*Następny krok*\n{step}",
  "details.nextStepDue": "*Następny krok*\n{step} (do {due})",
  "details.lossReason": "*Powód przegranej*\n{reason}",
  "details.lossReasonNote": "*Powód przegranej*\n{reason}: {note}",
  "details.pushed":
    "Datę zamknięcia przesuwano {count, plural, one {# raz} few {# razy} many {# razy} other {# razy}}.",
  "details.update.button": "Aktualizuj",
  "details.source":
    "{source, select, command {/deal} modal {formularz} button {przycisk} job {Dealbot} import {import} system {Dealbot} other {{source}}}",
  "details.kind":
    "{kind, select, created {utworzono} updated {zaktualizowano} won {wygrana} lost {przegrana} reopened {ponownie otwarto} undone {cofnięto} confirmed {potwierdzono} other {{kind}}}",
  "details.history": "*Ostatnie zmiany*\n{lines}",
  "details.historyLine": "• {time} · {who} ({source}) · *{kind}*",
  "details.historyLineChanges": "• {time} · {who} ({source}) · *{kind}*: {changes}",
  // --- /deal lost with a reason the team does not have
  "form.lost.unknownReason": 'Powodu przegranej "{reason}" nie ma na liście: {reasons}.',
};
