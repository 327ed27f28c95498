import type { ForecastAccuracy } from "../../domain/digest/compute-accuracy.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { context, fitBlocks, linesToSections, section } from "../blocks.js";
import { accuracyLines } from "./digest-forecast.js";
import { formatMonth, money } from "./format.js";
import type { Message } from "./help.js";

/**
 * The short post on the 1st: last month's start-of-month commit against what was won,
 * per rep and team, with the trend over the months before (the digest's accuracy lines).
 */
export function accuracyPostMessage(input: {
  accuracy: ForecastAccuracy;
  month: string;
  currency: string;
  lang: Lang;
}): Message {
  const { accuracy, lang } = input;
  const m = (minor: bigint) => money(minor, input.currency, lang);
  const who = (s: string) => (s === "team" ? t(lang, "digest.accuracyTeam") : `<@${s}>`);
  const month = formatMonth(input.month, lang);
  const last = accuracy.team.cells.at(-1);
  return {
    text: last
      ? t(lang, "accuracyPost.text", { month, commit: m(last.commitMinor), won: m(last.wonMinor) })
      : t(lang, "accuracyPost.textNone", { month }),
    blocks: fitBlocks([
      section(t(lang, "accuracyPost.heading", { month })),
      ...linesToSections(accuracyLines(accuracy, m, who, lang)),
      context(t(lang, "accuracyPost.note", { currency: input.currency })),
    ]),
  };
}
