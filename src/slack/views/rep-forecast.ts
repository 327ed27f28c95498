import type { RepPeriodForecast } from "../../domain/digest/build-rep-forecast.js";
import { formatAmount, formatEstimate } from "../../parse/amount.js";
import { plural } from "../../plural.js";
import { context, fitBlocks, header, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";

/** `/deal forecast`: a rep's month and quarter against their target. */
export function repForecastMessage(f: {
  currency: string;
  locale: string;
  month: RepPeriodForecast;
  quarter: RepPeriodForecast;
}): Message {
  const m = (minor: bigint) => formatAmount(minor, f.currency, f.locale);
  const period = (label: string, p: RepPeriodForecast) => {
    const lines = [
      `*${label}*: won ${m(p.wonMinor)} (${plural(p.wonCount, "deal")}) · open closing ${m(p.openMinor)}, weighted ${formatEstimate(p.weightedMinor, f.currency, f.locale)} · committed ${m(p.committedMinor)}`,
    ];
    if (p.target === null)
      lines.push(`Target: not set. Ask an admin: \`/deal admin quota @you 50k ${p.key}\`.`);
    else if (p.gap === 0n) lines.push(`Target ${m(p.target)}: reached :tada:`);
    else {
      lines.push(`Target ${m(p.target)} · gap ${m(p.gap ?? 0n)}`);
      if (p.closers.length === 0) lines.push("No open deals closing in this period to close the gap.");
      else {
        lines.push(p.closable ? "These deals would close it:" : "Even all of these would not close it:");
        for (const d of p.closers)
          lines.push(
            `• #${d.id} ${escapeMrkdwn(d.name)} · ${m(d.amountMinor)} · ${d.probability}% · closes ${formatDay(d.closeOn)}`,
          );
      }
    }
    return section(lines.join("\n"));
  };
  const month = formatMonth(f.month.key);
  const quarter = f.quarter.key.replace("-", " ");
  return {
    text: `Your forecast: ${month} won ${m(f.month.wonMinor)}${f.month.target !== null ? ` of ${m(f.month.target)}` : ""}.`,
    blocks: fitBlocks([
      header("Your forecast"),
      period(month, f.month),
      period(quarter, f.quarter),
      context(
        `Amounts in ${f.currency}. Committed: your deals in Commit (\`/deal update Acme forecast commit\`, or Confirm on a risk alert).`,
      ),
    ]),
  };
}
