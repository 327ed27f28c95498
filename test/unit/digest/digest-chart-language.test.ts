import { describe, expect, it } from "vitest";
import type { FunnelDigest } from "../../../src/domain/digest/build-funnel-digest.js";
import type { PeriodForecast } from "../../../src/domain/digest/compute-forecast.js";
import { CATALOGS } from "../../../src/i18n/catalogs/index.js";
import { LANGUAGES } from "../../../src/i18n/languages.js";
import { digestChartSvg } from "../../../src/slack/views/digest-chart.js";

const period = (key: string, target: bigint | null): PeriodForecast => ({
  key,
  wonCount: 1,
  wonMinor: 1_000_000n,
  openCount: 2,
  openMinor: 4_000_000n,
  weightedMinor: 1_500_000n,
  committedCount: 1,
  committedMinor: 2_000_000n,
  bestCount: 1,
  bestMinor: 500_000n,
  historicalOpenMinor: 1_200_000n,
  stagesWithoutHistory: 0,
  target,
  targetSource: target === null ? null : "quota",
});

/** Only what the chart reads. */
const digest = (locale: string) =>
  ({
    currency: "EUR",
    locale,
    funnel: { stages: [{ name: "Proposal", amountMinor: 4_000_000n, weightedMinor: 2_000_000n, count: 2 }] },
    forecast: { month: period("2026-11", 5_000_000n), quarter: period("2026-Q4", null) },
  }) as unknown as FunnelDigest;

const said = (svg: string) => svg.replace(/[\u00a0\u202f]/g, " ");

describe("the digest chart's labels", () => {
  it("are in the team's language, amounts as it writes them", () => {
    const fi = said(digestChartSvg(digest("fi")));
    expect(fi).toContain(">Avoin myyntiputki vaiheittain (EUR)<");
    expect(fi).toContain(">Kuukausi 2026-11<");
    expect(fi).toContain(">paras tapaus<");
    expect(fi).toContain(">tavoite 50 000 €<");
    const ru = said(digestChartSvg(digest("ru")));
    expect(ru).toContain(">Прогноз против плана<");
    expect(ru).toContain(">план 50 000 €<");
  });

  it("stay as they were in English", () => {
    const en = digestChartSvg(digest("en"));
    expect(en).toContain(">Open pipeline by stage (EUR)<");
    expect(en).toContain(">Month 2026-11<");
    expect(en).toContain(">target €50,000<");
  });

  // Bar labels sit in the 130 px left of the bars (14 px DejaVu Sans, about 8 px a letter).
  it.each(LANGUAGES)("fit beside the bars in %s", (lang) => {
    for (const key of [
      "chart.won",
      "chart.commit",
      "chart.bestCase",
      "chart.weighted",
      "chart.history",
    ] as const)
      expect(CATALOGS[lang][key].length, `${lang} ${key}`).toBeLessThanOrEqual(15);
  });
});
