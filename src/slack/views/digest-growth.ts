import type { KnownBlock } from "@slack/types";
import type { RepActivity } from "../../domain/activities/activity-stats.js";
import type { GrowthDigest } from "../../domain/digest/build-growth-digest.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { divider, linesToSections } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";

const LIST = 8;

/** "3 calls out, 1 in, 2 meetings" in `lang`. */
function activityText(r: RepActivity, lang: Lang): string {
  const parts: string[] = [];
  if (r.callsOut || r.callsIn) parts.push(t(lang, "growth.calls", { out: r.callsOut, in: r.callsIn }));
  if (r.meetings) parts.push(t(lang, "growth.meetings", { count: r.meetings }));
  if (r.emails) parts.push(t(lang, "growth.emails", { count: r.emails }));
  if (r.demos) parts.push(t(lang, "growth.demos", { count: r.demos }));
  if (r.tasks) parts.push(t(lang, "growth.tasks", { count: r.tasks }));
  return parts.join(", ") || t(lang, "growth.noActivity");
}

/** The digest's growth sections as blocks (prospect flow, segments, activity, contact upkeep). */
export function growthBlocks(
  g: GrowthDigest,
  money: (minor: bigint) => string,
  lang: Lang = "en",
): KnownBlock[] {
  const flow = (label: string, f: GrowthDigest["flow"]["week"]) =>
    t(lang, "growth.flowLine", {
      label,
      deals: f.newDeals,
      amount: money(f.newPipelineMinor),
      customers: f.newCustomers,
    }) + (f.customerNames.length ? ` (${f.customerNames.map(escapeMrkdwn).join(", ")})` : "");
  const blocks: KnownBlock[] = [
    divider(),
    ...linesToSections([
      t(lang, "growth.flow"),
      flow(t(lang, "growth.week"), g.flow.week),
      flow(t(lang, "growth.month", { month: g.flow.monthKey }), g.flow.month),
    ]),
  ];
  const named = g.segments.filter((s) => s.segment !== null);
  if (named.length) {
    const lines = g.segments
      .filter((s) => s.openCount || s.wonCount)
      .slice(0, LIST)
      .map((s) =>
        t(lang, "growth.segmentLine", {
          segment: s.segment === null ? t(lang, "growth.noSegment") : escapeMrkdwn(s.segment),
          open: money(s.openMinor),
          openCount: s.openCount,
          won: money(s.wonMinor),
          wonCount: s.wonCount,
        }),
      );
    blocks.push(...linesToSections([t(lang, "growth.segments"), ...lines]));
  }
  if (g.activity.length) {
    const lines = g.activity.slice(0, LIST).map((r) => `<@${r.userId}>: ${activityText(r, lang)}`);
    blocks.push(...linesToSections([t(lang, "growth.activity"), ...lines]));
  }
  if (g.upkeep) {
    const u = g.upkeep;
    const none = t(lang, "growth.none");
    const added = u.addedByRep.length
      ? u.addedByRep
          .map((a) => `${a.userId ? `<@${a.userId}>` : t(lang, "growth.imports")} ${a.count}`)
          .join(", ")
      : none;
    const bounced = u.bounced ? `${u.bounced} (${u.bouncedNames.map(escapeMrkdwn).join(", ")})` : none;
    const quiet = u.quietAccounts
      ? `${t(lang, "growth.accounts", { count: u.quietAccounts })} (${u.quietNames.map(escapeMrkdwn).join(", ")}${u.quietAccounts > u.quietNames.length ? ", …" : ""})`
      : none;
    blocks.push(
      ...linesToSections([
        t(lang, "growth.upkeep", { month: u.monthKey }),
        t(lang, "growth.added", { list: added }),
        t(lang, "growth.bounced", { list: bounced }),
        t(lang, "growth.quiet", { list: quiet }),
      ]),
    );
  }
  return blocks;
}
