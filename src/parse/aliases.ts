// Subcommand words in Finnish, Polish, Ukrainian and Russian, each meaning one English
// subcommand. They work for everyone (no word means two things across the languages), and
// the English words always work too; the words after the subcommand (amount, close, until,
// reason, team…) stay English. Each language's /deal help lists its own (parse.help.aliases).
const ALIASES: Readonly<Record<string, string>> = {
  // fi
  uusi: "new",
  päivitä: "update",
  listaa: "list",
  lista: "list",
  näytä: "show",
  voitettu: "won",
  hävitty: "lost",
  kumoa: "undo",
  ohje: "help",
  poissa: "away",
  torkuta: "snooze",
  koonti: "digest",
  ennuste: "forecast",
  tilastot: "stats",
  kirjaa: "log",
  kieli: "language",
  // pl
  nowa: "new",
  zmień: "update",
  pokaż: "show",
  wygrana: "won",
  przegrana: "lost",
  cofnij: "undo",
  pomoc: "help",
  nieobecność: "away",
  uśpij: "snooze",
  podsumowanie: "digest",
  prognoza: "forecast",
  statystyki: "stats",
  zapisz: "log",
  język: "language",
  // uk
  нова: "new",
  оновити: "update",
  список: "list",
  показати: "show",
  виграно: "won",
  програно: "lost",
  скасувати: "undo",
  довідка: "help",
  відсутність: "away",
  відкласти: "snooze",
  зведення: "digest",
  прогноз: "forecast",
  статистика: "stats",
  записати: "log",
  мова: "language",
  // ru
  новая: "new",
  обновить: "update",
  показать: "show",
  выиграна: "won",
  проиграна: "lost",
  отменить: "undo",
  помощь: "help",
  отсутствие: "away",
  отложить: "snooze",
  сводка: "digest",
  записать: "log",
  язык: "language",
};

/** The English subcommand a word (lower case) stands for: itself, or what its alias means. */
export function subcommandWord(word: string): string {
  return ALIASES[word] ?? word;
}
