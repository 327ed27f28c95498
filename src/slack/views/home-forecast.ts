import type { KnownBlock, ModalView } from "@slack/types";
import type { PeriodRollUp, TeamForecast } from "../../domain/forecast/build-team-forecast.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { actions, button, context, header, linesToSections } from "../blocks.js";
import { ACTIONS, FORECAST_CALL_FORM, VALUE, VIEWS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { formatDay, formatMonth, money } from "./format.js";

/**
 * The managers' section of the Home tab: the same roll-up as `/deal forecast team` (per rep
 * won, commit, best case and target, month and quarter) and their own call, with a button to
 * record it.
 */
export function homeForecastBlocks(f: TeamForecast, lang: Lang): KnownBlock[] {
  const m = (minor: bigint) => money(minor, f.currency, lang);
  const period = (label: string, p: PeriodRollUp): string[] => [
    t(lang, "homeForecast.period", {
      label,
      won: m(p.total.wonMinor),
      commit: m(p.total.commitTotal),
      best: m(p.total.bestTotal),
      target: p.total.target === null ? "none" : m(p.total.target),
    }),
    p.call
      ? t(lang, "homeForecast.call", {
          amount: m(p.call.amountMinor),
          date: formatDay(p.call.recordedAt.toISOString().slice(0, 10), lang),
        })
      : t(lang, "homeForecast.noCall"),
    ...p.reps.map((r) =>
      t(lang, "homeForecast.rep", {
        rep: `<@${r.ownerId}>`,
        won: m(r.wonMinor),
        commit: m(r.commitTotal),
        best: m(r.bestTotal),
        target: r.target === null ? "none" : m(r.target),
      }),
    ),
  ];
  return [
    header(t(lang, "homeForecast.header")),
    ...linesToSections([
      ...period(formatMonth(f.month.key, lang), f.month),
      ...period(f.quarter.key.replace("-", " "), f.quarter),
    ]),
    actions([button(t(lang, "homeForecast.button"), ACTIONS.homeForecastCall, undefined, "primary")]),
    context(t(lang, "homeForecast.legend", { currency: f.currency })),
  ];
}

const plain = (text: string) => ({ type: "plain_text" as const, text });

/** The form a manager records their call in: an amount, for this month or this quarter. */
export function forecastCallModal(lang: Lang, currency: string): ModalView {
  const option = (value: "month" | "quarter") => ({
    text: plain(t(lang, `homeForecast.${value}`).slice(0, LIMITS.optionText)),
    value,
  });
  return {
    type: "modal",
    callback_id: VIEWS.forecastCall,
    title: plain(t(lang, "homeForecast.title").slice(0, LIMITS.modalTitle)),
    submit: plain(t(lang, "homeForecast.submit")),
    close: plain(t(lang, "homeForecast.close")),
    blocks: [
      {
        type: "input",
        block_id: FORECAST_CALL_FORM.amount,
        label: plain(t(lang, "homeForecast.amountLabel", { currency })),
        element: {
          type: "plain_text_input",
          action_id: VALUE,
          max_length: 30,
          placeholder: plain("250k"),
        },
      },
      {
        type: "input",
        block_id: FORECAST_CALL_FORM.period,
        label: plain(t(lang, "homeForecast.periodLabel")),
        element: {
          type: "static_select",
          action_id: VALUE,
          options: [option("month"), option("quarter")],
          initial_option: option("month"),
        },
      },
    ],
  };
}
