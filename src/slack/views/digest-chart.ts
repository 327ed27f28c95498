import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import type { FunnelDigest } from "../../domain/digest/build-funnel-digest.js";
import { forecastTotals } from "../../domain/digest/compute-forecast.js";
import { formatMoneyEstimate } from "../../i18n/format.js";
import { type Lang, languageOf } from "../../i18n/languages.js";
import { t as say } from "../../i18n/t.js";

// The digest's picture: the funnel (open amount per stage) and this month's and quarter's
// forecasts against target, drawn as SVG and rendered to PNG by resvg (no native
// toolchain, no browser). Every number is also in the message text.

const FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];
const WIDTH = 900;
const COLORS = {
  bar: "#4a7bd0",
  weighted: "#9bb8ea",
  won: "#2f9e62",
  target: "#d0453a",
  text: "#222",
  grid: "#ddd",
};

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
const text = (x: number, y: number, s: string, extra = "", size = 14) =>
  `<text x="${x}" y="${y}" font-size="${size}" ${extra.includes("fill=") ? "" : `fill="${COLORS.text}"`} ${extra}>${esc(s)}</text>`;

const ratio = (v: bigint, max: bigint) => (max > 0n ? Number((v * 10_000n) / max) / 10_000 : 0);

function legend(x: number, y: number, items: [string, string][]): string {
  return items
    .map(
      ([label, color], i) =>
        `<rect x="${x + i * 130}" y="${y}" width="14" height="14" fill="${color}"/>${text(x + i * 130 + 20, y + 12, label, "", 13)}`,
    )
    .join("");
}

/** The chart's SVG; its labels in the team's language (the digest's), amounts as that language writes them. */
export function digestChartSvg(d: FunnelDigest, lang: Lang = languageOf(d.locale) ?? "en"): string {
  // Whole amounts: the forecasts are estimates, and cents on a chart are noise.
  const m = (minor: bigint) => formatMoneyEstimate(lang, minor, d.currency);
  const parts: string[] = [];
  const left = 170;
  const barMax = WIDTH - left - 200;
  // Values sit in their own column right of every bar, so the target line never crosses one.
  const valueX = left + barMax + 12;
  let y = 40;
  parts.push(text(20, y, say(lang, "chart.pipeline", { currency: d.currency }), 'font-weight="bold"', 16));
  parts.push(
    legend(WIDTH - 300, y - 12, [
      [say(lang, "chart.total"), COLORS.bar],
      [say(lang, "chart.weighted"), COLORS.weighted],
    ]),
  );
  y += 20;
  const maxStage = d.funnel.stages.reduce((a, s) => (s.amountMinor > a ? s.amountMinor : a), 0n);
  for (const s of d.funnel.stages) {
    const w = Math.max(1, Math.round(ratio(s.amountMinor, maxStage) * barMax));
    const ww = Math.max(0, Math.round(ratio(s.weightedMinor, maxStage) * barMax));
    parts.push(text(20, y + 18, s.name.slice(0, 20)));
    parts.push(`<rect x="${left}" y="${y + 4}" width="${w}" height="20" fill="${COLORS.bar}"/>`);
    parts.push(`<rect x="${left}" y="${y + 4}" width="${ww}" height="20" fill="${COLORS.weighted}"/>`);
    parts.push(text(valueX, y + 18, `${m(s.amountMinor)} · ${s.count}`));
    y += 30;
  }
  if (d.funnel.stages.length === 0) {
    parts.push(text(20, y + 18, say(lang, "chart.noStages")));
    y += 30;
  }
  y += 30;
  parts.push(text(20, y, say(lang, "chart.forecast"), 'font-weight="bold"', 16));
  y += 20;
  const rows = [
    ["chart.month", d.forecast.month],
    ["chart.quarter", d.forecast.quarter],
  ] as const;
  const maxF = rows.reduce((a, [, f]) => {
    const t = forecastTotals(f);
    return [t.committed, t.bestCase, t.weighted, t.historical, f.target ?? 0n].reduce(
      (x, v) => (v > x ? v : x),
      a,
    );
  }, 0n);
  for (const [label, f] of rows) {
    const t = forecastTotals(f);
    const bars: [string, bigint, string][] = [
      [say(lang, "chart.won"), f.wonMinor, COLORS.won],
      [say(lang, "chart.commit"), t.committed, COLORS.bar],
      [say(lang, "chart.bestCase"), t.bestCase, "#7fa3df"],
      [say(lang, "chart.weighted"), t.weighted, COLORS.weighted],
      [say(lang, "chart.history"), t.historical, "#8a6cc7"],
    ];
    parts.push(text(20, y + 18, say(lang, label, { period: f.key }), 'font-weight="bold"'));
    y += 24;
    for (const [name, value, color] of bars) {
      const w = Math.max(1, Math.round(ratio(value, maxF) * barMax));
      parts.push(text(40, y + 15, name));
      parts.push(`<rect x="${left}" y="${y + 2}" width="${w}" height="16" fill="${color}"/>`);
      parts.push(text(valueX, y + 15, m(value)));
      y += 22;
    }
    if (f.target !== null) {
      const x = left + Math.round(ratio(f.target, maxF) * barMax);
      parts.push(
        `<line x1="${x}" y1="${y - 22 * bars.length}" x2="${x}" y2="${y}" stroke="${COLORS.target}" stroke-width="3"/>`,
      );
      // The target's label goes under the bars, on its own line.
      parts.push(
        text(
          Math.min(x + 4, valueX - 140),
          y + 14,
          say(lang, "chart.target", { amount: m(f.target) }),
          `fill="${COLORS.target}"`,
        ),
      );
    }
    y += 26;
  }
  const height = y + 20;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="DejaVu Sans, sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join("\n")}
</svg>`;
}

/** The digest chart as PNG bytes. Falls back to the system's fonts when DejaVu is not installed. */
export function renderDigestChart(d: FunnelDigest, lang?: Lang): Buffer {
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  const resvg = new Resvg(digestChartSvg(d, lang), {
    background: "#ffffff",
    font: {
      fontFiles,
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: fontFiles.length ? "DejaVu Sans" : "sans-serif",
    },
  });
  return resvg.render().asPng();
}
