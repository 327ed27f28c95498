import type { SurfaceKey } from "./en.js";

export const plSurfaces: Record<SurfaceKey, string> = {
  "refusal.notYours":
    "{what} należy do {who}: możesz zmieniać tylko własne szanse sprzedaży. Poproś o to {who} albo jego przełożonego.",
  "refusal.notYoursManager":
    "Możesz zmieniać swoje szanse i szanse swojego zespołu; {what} należy do {who}, a ta osoba nie jest w Twoim zespole. Poproś administratora o dodanie jej do zespołu.",
  "refusal.handoff":
    "Nie możesz przekazać {what} użytkownikowi {who}: ta osoba nie jest w Twoim zespole. Wybierz kogoś z zespołu albo poproś administratora.",
  "refusal.ownerOutside": "Możesz tworzyć szanse tylko dla siebie; {who} nie jest w Twoim zespole.",
  "refusal.ownerOutsideManager":
    "Możesz tworzyć szanse dla siebie i swojego zespołu; {who} nie jest w Twoim zespole.",
  "refusal.someoneElse": "inna osoba",
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
};
