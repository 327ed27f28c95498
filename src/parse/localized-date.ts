import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import type { Lang } from "../i18n/languages.js";

// Dates typed in Finnish, Ukrainian or Russian. The common phrases are rewritten
// to the English ones the date reader already knows ("ensi perjantaina" → "next
// friday"), so they mean exactly what the English words mean; anything else goes
// to chrono-node's own locale parser (month names: "15. tammikuuta", "15 січня"),
// which must read the whole text. Polish has no chrono-node locale: Polish reps
// type dates in English or as numbers (their /deal help says so).

type Rule = [RegExp, string | ((m: RegExpMatchArray) => string)];

const FI_DAYS: Record<string, string> = {
  maanantai: "monday",
  tiistai: "tuesday",
  keskiviikko: "wednesday",
  torstai: "thursday",
  perjantai: "friday",
  lauantai: "saturday",
  sunnuntai: "sunday",
};
const fiDay = (stem: string) => FI_DAYS[stem] ?? stem;

const UK_DAYS: Record<string, string> = {
  понеділ: "monday",
  вівтор: "tuesday",
  серед: "wednesday",
  четвер: "thursday",
  "п'ятниц": "friday",
  субот: "saturday",
  неділ: "sunday",
};
const RU_DAYS: Record<string, string> = {
  понедельник: "monday",
  вторник: "tuesday",
  сред: "wednesday",
  четверг: "thursday",
  пятниц: "friday",
  суббот: "saturday",
  воскресень: "sunday",
};
const dayOf = (table: Record<string, string>, word: string) =>
  Object.entries(table).find(([stem]) => word.startsWith(stem))?.[1];

const RULES: Partial<Record<Lang, Rule[]>> = {
  fi: [
    [/^tänään$/, "today"],
    [/^huomenna$/, "tomorrow"],
    [/^ylihuomenna$/, "in 2 days"],
    [
      /^ensi (maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)(?:na)?$/,
      (m) => `next ${fiDay(m[1] ?? "")}`,
    ],
    [
      /^(maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)(?:na)?$/,
      (m) => fiDay(m[1] ?? ""),
    ],
    [/^ensi viikolla$/, "next week"],
    [/^(?:(\d+) )?viikon päästä$/, (m) => `in ${m[1] ?? 1} weeks`],
    [/^(\d+) päivän päästä$/, (m) => `in ${m[1]} days`],
    [/^(?:tämän )?(?:kuun|kuukauden) (?:lopussa|loppuun|loppu)$/, "end of month"],
    [/^ensi (?:kuun|kuukauden) (?:lopussa|loppuun|loppu)$/, "end of next month"],
    [/^(?:kvartaalin|neljänneksen|vuosineljänneksen) (?:lopussa|loppuun|loppu)$/, "end of quarter"],
    [/^(?:vuoden) (?:lopussa|loppuun|loppu)$/, "end of year"],
  ],
  uk: [
    [/^сьогодні$/, "today"],
    [/^завтра$/, "tomorrow"],
    [/^післязавтра$/, "in 2 days"],
    [/^(?:(?:в|у) )?наступн(?:ого|ої|ий|у|а|е) (\S+)$/, (m) => `next ${dayOf(UK_DAYS, m[1] ?? "") ?? m[1]}`],
    [
      /^(?:(?:в|у) )?(понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю)$/,
      (m) => dayOf(UK_DAYS, m[1] ?? "") ?? "",
    ],
    [/^наступного тижня$/, "next week"],
    [/^через тиждень$/, "in 1 week"],
    [/^через (\d+) (?:тижні|тижнів)$/, (m) => `in ${m[1]} weeks`],
    [/^через (\d+) (?:день|дні|днів)$/, (m) => `in ${m[1]} days`],
    [/^(?:(?:в|у|до) )?кін(?:ці|ця|ець) (?:цього )?місяця$/, "end of month"],
    [/^(?:(?:в|у|до) )?кін(?:ці|ця|ець) наступного місяця$/, "end of next month"],
    [/^(?:(?:в|у|до) )?кін(?:ці|ця|ець) кварталу$/, "end of quarter"],
    [/^(?:(?:в|у|до) )?кін(?:ці|ця|ець) року$/, "end of year"],
  ],
  ru: [
    [/^сегодня$/, "today"],
    [/^завтра$/, "tomorrow"],
    [/^послезавтра$/, "in 2 days"],
    [/^(?:во? )?следующ(?:ий|ую|ее|его|ей) (\S+)$/, (m) => `next ${dayOf(RU_DAYS, m[1] ?? "") ?? m[1]}`],
    [
      /^(?:во? )?(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$/,
      (m) => dayOf(RU_DAYS, m[1] ?? "") ?? "",
    ],
    [/^на следующей неделе$/, "next week"],
    [/^через неделю$/, "in 1 week"],
    [/^через (\d+) (?:недели|недель)$/, (m) => `in ${m[1]} weeks`],
    [/^через (\d+) (?:день|дня|дней)$/, (m) => `in ${m[1]} days`],
    [/^(?:в |до )?конц(?:е|а) (?:этого )?месяца$/, "end of month"],
    [/^(?:в |до )?конц(?:е|а) следующего месяца$/, "end of next month"],
    [/^(?:в |до )?конц(?:е|а) квартала$/, "end of quarter"],
    [/^(?:в |до )?конц(?:е|а) года$/, "end of year"],
    [/^конец (?:этого )?месяца$/, "end of month"],
  ],
};

const CHRONO: Partial<Record<Lang, chrono.Chrono>> = {
  fi: chrono.fi.casual,
  uk: chrono.uk.casual,
  ru: chrono.ru.casual,
};

/**
 * `text` (lower case, single spaces) in `lang` → the English words or ISO day the
 * date reader understands; undefined when it is not a phrase we know in `lang`.
 */
export function localizedDateToEnglish(
  text: string,
  lang: Lang,
  ref: { now: Date; zone: string },
): string | undefined {
  const normalized = text.replace(/[’ʼ`]/g, "'");
  for (const [pattern, to] of RULES[lang] ?? []) {
    const m = normalized.match(pattern);
    if (m) {
      const english = typeof to === "string" ? to : to(m);
      if (english && !/[^\x20-\x7e]/.test(english)) return english;
    }
  }
  const parser = CHRONO[lang];
  if (!parser) return undefined;
  const local = DateTime.fromJSDate(ref.now, { zone: ref.zone });
  const wall = new Date(local.year, local.month - 1, local.day, local.hour, local.minute);
  const [first, ...more] = parser.parse(normalized, wall, { forwardDate: true });
  if (!first || more.length > 0 || first.index !== 0 || first.text.length !== normalized.length)
    return undefined;
  if (!first.start.isCertain("day")) return undefined;
  const { year, month, day } = {
    year: first.start.get("year"),
    month: first.start.get("month"),
    day: first.start.get("day"),
  };
  if (!year || !month || !day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
