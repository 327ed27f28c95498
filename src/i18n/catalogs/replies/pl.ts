import type { RepliesKey } from "./en.js";

export const plReplies: Record<RepliesKey, string> = {
  // --- Odpowiedzi wspólne
  "reply.savedEarlier":
    "Twoja zmiana została zapisana (Dealbot został przerwany, zanim zdążył ją potwierdzić). Szczegóły: `/deal show`.",
  "reply.nudgeExpired": "To przypomnienie wygasło.",
  "reply.changedSinceMessage":
    "Szansa „{deal}” zmieniła się od czasu tej wiadomości: otwórz ją przez /deal update #{id}.",

  // --- Reguły zmiany
  "reply.field.stage": "Wybierz etap.",
  "reply.field.lossReason": "Przegrana szansa wymaga powodu przegranej z listy zespołu.",
  "reply.field.name": "Nadaj szansie nazwę.",
  "reply.field.amount": "Podaj kwotę, np. 12k.",
  "reply.field.closeDate": "Podaj przewidywaną datę zamknięcia, np. 15.01.2027.",
  "reply.field.closeDatePast":
    "Data zamknięcia {date} już minęła. Otwarta szansa potrzebuje daty od dziś (np. close 15.01.2027) — albo oznacz ją jako wygraną lub przegraną.",

  // --- Powody przegranych w /deal admin
  "reply.lossReasons.tooLong": "Wiersz {line}: „{start}…” ma więcej niż {max} znaków.",
  "reply.lossReasons.repeated": "Wiersz {line}: „{reason}” jest już w wierszu {first}.",
  "reply.lossReasons.none": "Podaj co najmniej jeden powód przegranej.",
  "reply.lossReasons.tooMany": "Maksymalnie {max} powodów przegranej; podano {count}.",
  "reply.lossReasons.hint": "Wpisz jeden powód w wierszu, np. „Wybrał konkurencję”.",

  // --- /deal log, /deal account … segment
  "reply.log.what":
    "{type, select, call {telefon} meeting {spotkanie} email {e-mail} demo {demo} other {zadanie}}{direction, select, in { (przychodzące)} out { (wychodzące)} other {}}",
  "reply.log.logged":
    ":white_check_mark: Zapisano przy szansie {deal}: {what}. Liczy się jako aktywność przy szansie.",
  "reply.log.loggedNote":
    ":white_check_mark: Zapisano przy szansie {deal}: {what} — {note}. Liczy się jako aktywność przy szansie.",
  "reply.account.none":
    "Nie ma klienta o nazwie „{account}”. Klienci pochodzą z szans sprzedaży i kontaktów.",
  "reply.account.unknownSegment":
    "„{segment}” nie jest jednym z segmentów zespołu: {segments}. Listę ustala administrator w `/deal admin`.",
  "reply.account.segmentSet": ":white_check_mark: Klient *{account}* jest teraz w segmencie *{segment}*.",
  "reply.account.segmentCleared": ":white_check_mark: Klient *{account}* nie ma już segmentu.",

  // --- /deal contact add|list
  "reply.contact.noAccount": "Nie znam klienta o nazwie „{account}”.",
  "reply.contact.nameEmpty": "Brak imienia i nazwiska.",
  "reply.contact.nameTooLong": "Imię i nazwisko ma więcej niż 200 znaków.",
  "reply.contact.badEmail": "„{email}” nie jest adresem e-mail (np. maria@acme.pl).",
  "reply.contact.accountEmpty": "Brak klienta.",
  "reply.contact.badLanguage": "Język „{language}” nie jest jednym z: {choices}.",

  // --- /deal nps send
  "nps.send.unknown": "Nie znam klienta ani kontaktu o nazwie „{target}”.",
  "nps.send.unknownTip": "Dodaj kontakty: `/deal contact add Maria maria@acme.pl account Acme`",

  // --- Przyciski NPS i kontakt z krytykiem
  "nps.notYours": "Ta ankieta nie jest do Ciebie.",
  "nps.answerGone": "Ta odpowiedź już nie istnieje.",
  "nps.followUpClosed": "Ta sprawa jest już zamknięta.",
  "nps.detractor.headline":
    ":rotating_light: *Krytyk:* {contact} (*{account}*), ocena *{score}*/10 ({channel, select, email {e-mail} other {Slack}}).",
  "nps.detractor.noComment": "_Bez komentarza._",
  "nps.detractor.owner": "Opiekun klienta: <@{owner}>",
  "nps.detractor.noOwner": "Brak opiekuna klienta",
  "nps.detractor.assignee": "Kontakt z klientem: <@{user}>",
  "nps.detractor.nobody": "Kontakt z klientem: jeszcze nikt",
  "nps.detractor.closed": "Zamknięte: {outcome}",
  "nps.detractor.take.button": "Biorę to",
  "nps.detractor.outcome.button": "Zapisz wynik",
  "nps.detractor.text": "Krytyk: {contact} ({account}), ocena {score}/10",

  // --- Miesięczne podsumowanie NPS (język zespołu)
  "nps.digest.header": "NPS · {month}",
  "nps.digest.score": "*NPS {nps}* · {trend}",
  "nps.digest.trendNone": "brak poprzedniego miesiąca do porównania",
  "nps.digest.trendSame": "bez zmian wobec poprzedniego miesiąca ({before})",
  "nps.digest.trendUp": ":arrow_up: +{delta} wobec {before} w poprzednim miesiącu",
  "nps.digest.trendDown": ":arrow_down: {delta} wobec {before} w poprzednim miesiącu",
  "nps.digest.counts":
    "{responses, plural, one {# odpowiedź} few {# odpowiedzi} many {# odpowiedzi} other {# odpowiedzi}}: promotorzy {promoters}, pasywni {passives}, krytycy {detractors}",
  "nps.digest.byChannel": "*Według kanału*",
  "nps.digest.channelLine":
    "• {channel, select, email {E-mail} other {Slack}}: {responses, plural, one {# odpowiedź} few {# odpowiedzi} many {# odpowiedzi} other {# odpowiedzi}} na {sent} wysłanych · NPS {nps}",
  "nps.digest.channelLineRate":
    "• {channel, select, email {E-mail} other {Slack}}: {responses, plural, one {# odpowiedź} few {# odpowiedzi} many {# odpowiedzi} other {# odpowiedzi}} na {sent} wysłanych (odsetek odpowiedzi {rate}%) · NPS {nps}",
  "nps.digest.byRep": "*Według handlowca*",
  "nps.digest.byRepLine": "• <@{rep}>: NPS {nps} ({responses})",
  "nps.digest.noOwnerLine": "• bez opiekuna: NPS {nps} ({responses})",
  "nps.digest.bySegment": "*Według segmentu*",
  "nps.digest.segmentLine": "• {segment}: NPS {nps} ({responses})",
  "nps.digest.noSegmentLine": "• bez segmentu: NPS {nps} ({responses})",
  "nps.digest.comments": "*Najnowsze komentarze*",
  "nps.digest.comment": "• *{score}* {contact} ({account}): „{comment}”",
  "nps.digest.followUps": "*Otwarte sprawy krytyków* ({count})",
  "nps.digest.followUp": "• *{score}* {contact} ({account}) · <@{user}> · od {date}",
  "nps.digest.followUpNobody": "• *{score}* {contact} ({account}) · nikt jeszcze nie przejął · od {date}",
  "nps.digest.followUpsNone": "*Otwarte sprawy krytyków:* brak :tada:",
  "nps.digest.footer": "NPS = % promotorów (9–10) minus % krytyków (0–6).",
  "nps.digest.text":
    "NPS · {month}: {nps} z {responses, plural, one {# odpowiedzi} few {# odpowiedzi} many {# odpowiedzi} other {# odpowiedzi}}",

  // --- Cotygodniowe zestawienie dla menedżera (język menedżera)
  "escalation.header":
    "{count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} w Twoim zespole bez aktualizacji od co najmniej {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}",
  "escalation.intro": "Każdy handlowiec dostał o nich przypomnienie. Słowo od Ciebie może pomóc:",
  "escalation.rep": "*<@{rep}>* · {count}",
  "escalation.footer": "`/deal show #id` pokazuje historię szansy.",
  "escalation.text":
    "{count, plural, one {# szansa} few {# szanse} many {# szans} other {# szansy}} w Twoim zespole bez aktualizacji od co najmniej {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}.",

  // --- Publikacja na kanale nie powiodła się (język administratora)
  "delivery.line": ":warning: {what}: publikacja na kanale <#{channel}> nie powiodła się — {advice}",
  "delivery.what.weeklyDigest": "Cotygodniowe podsumowanie",
  "delivery.what.riskAlerts": "Alerty ryzyka",
  "delivery.what.npsDigest": "Podsumowanie NPS",
  "delivery.what.npsSurveys": "Alert NPS",
  "delivery.what.other": "Wiadomość ({job})",
  "delivery.advice.private":
    "kanał jest prywatny (albo został usunięty): zaproś tam @Dealbot, wpisując na nim `/invite @Dealbot`, albo wybierz inny kanał w `/deal admin`.",
  "delivery.advice.invite": "zaproś @Dealbot: wpisz na kanale `/invite @Dealbot`.",
  "delivery.advice.scope":
    "aplikacji brakuje uprawnienia `{scope}`: zainstaluj Dealbota ponownie z jego manifest.yml (api.slack.com/apps → Twoja aplikacja → Install App).",
  "delivery.advice.archived": "kanał jest zarchiwizowany: wybierz inny kanał w `/deal admin`.",
  "delivery.advice.other": "Slack odpowiedział `{code}`.",
  "delivery.retrying":
    "Dealbot sam ponawia próby do końca tego okresu; po naprawieniu problemu nie trzeba nic więcej robić.",
  "delivery.noRetry": "Dealbot nie ponowi tej próby. `dealbot status` pokazuje nieudane wysyłki.",

  // --- Wykres podsumowania (język zespołu)
  "chart.pipeline": "Otwarty lejek według etapów ({currency})",
  "chart.total": "razem",
  "chart.weighted": "ważone",
  "chart.noStages": "Brak otwartych etapów",
  "chart.forecast": "Prognoza na tle celu",
  "chart.month": "Miesiąc {period}",
  "chart.quarter": "Kwartał {period}",
  "chart.won": "wygrane",
  "chart.commit": "Commit",
  "chart.bestCase": "optymistycznie",
  "chart.history": "historia",
  "chart.target": "cel {amount}",
  "survey.formRefused": "Nie udało się przyjąć formularza. Otwórz ponownie link z wiadomości.",
};
