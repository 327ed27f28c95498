import type { KnownBlock } from "@slack/types";
import type { NpsDigest } from "../../domain/nps/build-nps-digest.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { context, fitBlocks, header, section } from "../blocks.js";
import { escapeAndTruncate, escapeMrkdwn } from "../mrkdwn.js";
import { formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";

const signed = (n: number | null) => (n === null ? "–" : n > 0 ? `+${n}` : String(n));

function trend(lang: Lang, now: number | null, before: number | null): string {
  if (now === null || before === null) return t(lang, "nps.digest.trendNone");
  const delta = now - before;
  if (delta === 0) return t(lang, "nps.digest.trendSame", { before: signed(before) });
  return t(lang, delta > 0 ? "nps.digest.trendUp" : "nps.digest.trendDown", {
    delta: String(delta),
    before: signed(before),
  });
}

/** The monthly NPS digest for the NPS channel, in the team's language. */
export function npsDigestMessage(d: NpsDigest, lang: Lang = "en"): Message {
  const month = formatMonth(d.month, lang);
  const blocks: KnownBlock[] = [
    header(t(lang, "nps.digest.header", { month })),
    section(
      `${t(lang, "nps.digest.score", { nps: signed(d.nps), trend: trend(lang, d.nps, d.previousNps) })}\n${t(
        lang,
        "nps.digest.counts",
        {
          responses: d.responses,
          promoters: d.promoters,
          passives: d.passives,
          detractors: d.detractors,
        },
      )}`,
    ),
    section(
      [
        t(lang, "nps.digest.byChannel"),
        ...d.channels.map((c) =>
          t(lang, c.rate === null ? "nps.digest.channelLine" : "nps.digest.channelLineRate", {
            channel: c.channel,
            responses: c.responses,
            sent: c.sent,
            rate: c.rate ?? 0,
            nps: signed(c.nps),
          }),
        ),
      ].join("\n"),
    ),
  ];
  if (d.byRep.length)
    blocks.push(
      section(
        [
          t(lang, "nps.digest.byRep"),
          ...d.byRep.slice(0, 15).map((g) => {
            const values = { nps: signed(g.nps), responses: g.responses };
            return g.key
              ? t(lang, "nps.digest.byRepLine", { ...values, rep: g.key })
              : t(lang, "nps.digest.noOwnerLine", values);
          }),
        ].join("\n"),
      ),
    );
  if (d.bySegment.length)
    blocks.push(
      section(
        [
          t(lang, "nps.digest.bySegment"),
          ...d.bySegment.slice(0, 15).map((g) => {
            const values = { nps: signed(g.nps), responses: g.responses };
            return g.key
              ? t(lang, "nps.digest.segmentLine", { ...values, segment: escapeMrkdwn(g.key) })
              : t(lang, "nps.digest.noSegmentLine", values);
          }),
        ].join("\n"),
      ),
    );
  if (d.comments.length)
    blocks.push(
      section(
        [
          t(lang, "nps.digest.comments"),
          ...d.comments.map((c) =>
            t(lang, "nps.digest.comment", {
              score: String(c.score),
              contact: escapeMrkdwn(c.contactName),
              account: escapeMrkdwn(c.accountName),
              comment: escapeAndTruncate(c.comment, 300),
            }),
          ),
        ].join("\n"),
      ),
    );
  blocks.push(
    section(
      d.openFollowUps.length
        ? [
            t(lang, "nps.digest.followUps", { count: d.openFollowUps.length }),
            ...d.openFollowUps.map((f) => {
              const values = {
                score: String(f.score),
                contact: escapeMrkdwn(f.survey.contact.name),
                account: escapeMrkdwn(f.survey.account.name),
                date: formatDay(f.respondedAt.toISOString().slice(0, 10), lang),
              };
              return f.followUpAssigneeId
                ? t(lang, "nps.digest.followUp", { ...values, user: f.followUpAssigneeId })
                : t(lang, "nps.digest.followUpNobody", values);
            }),
          ].join("\n")
        : t(lang, "nps.digest.followUpsNone"),
    ),
  );
  blocks.push(context(t(lang, "nps.digest.footer")));
  return {
    text: t(lang, "nps.digest.text", { month, nps: signed(d.nps), responses: d.responses }),
    blocks: fitBlocks(blocks),
  };
}
