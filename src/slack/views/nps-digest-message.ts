import type { KnownBlock } from "@slack/types";
import type { NpsDigest } from "../../domain/nps/build-nps-digest.js";
import { plural } from "../../plural.js";
import { context, fitBlocks, header, section } from "../blocks.js";
import { escapeAndTruncate, escapeMrkdwn } from "../mrkdwn.js";
import { formatMonth } from "./format.js";
import type { Message } from "./help.js";

const signed = (n: number | null) => (n === null ? "–" : n > 0 ? `+${n}` : String(n));

function trend(now: number | null, before: number | null): string {
  if (now === null || before === null) return "no earlier month to compare";
  const delta = now - before;
  if (delta === 0) return `same as the month before (${signed(before)})`;
  return `${delta > 0 ? ":arrow_up:" : ":arrow_down:"} ${delta > 0 ? "+" : ""}${delta} vs ${signed(before)} the month before`;
}

/** The monthly NPS digest for the NPS channel. */
export function npsDigestMessage(d: NpsDigest): Message {
  const blocks: KnownBlock[] = [
    header(`NPS for ${formatMonth(d.month)}`),
    section(
      `*NPS ${signed(d.nps)}* · ${trend(d.nps, d.previousNps)}\n` +
        `${plural(d.responses, "response")}: ${plural(d.promoters, "promoter")}, ${plural(d.passives, "passive")}, ${plural(d.detractors, "detractor")}`,
    ),
    section(
      `*By channel*\n${d.channels
        .map(
          (c) =>
            `• ${c.channel === "email" ? "Email" : "Slack"}: ${c.responses} responses of ${c.sent} sent` +
            `${c.rate === null ? "" : ` (${c.rate}% response rate)`} · NPS ${signed(c.nps)}`,
        )
        .join("\n")}`,
    ),
  ];
  if (d.byRep.length)
    blocks.push(
      section(
        `*By rep*\n${d.byRep
          .slice(0, 15)
          .map((g) => `• ${g.key ? `<@${g.key}>` : "no owner"}: NPS ${signed(g.nps)} (${g.responses})`)
          .join("\n")}`,
      ),
    );
  if (d.bySegment.length)
    blocks.push(
      section(
        `*By segment*\n${d.bySegment
          .slice(0, 15)
          .map(
            (g) => `• ${g.key ? escapeMrkdwn(g.key) : "no segment"}: NPS ${signed(g.nps)} (${g.responses})`,
          )
          .join("\n")}`,
      ),
    );
  if (d.comments.length)
    blocks.push(
      section(
        `*Latest comments*\n${d.comments
          .map(
            (c) =>
              `• *${c.score}* ${escapeMrkdwn(c.contactName)} (${escapeMrkdwn(c.accountName)}): “${escapeAndTruncate(c.comment, 300)}”`,
          )
          .join("\n")}`,
      ),
    );
  blocks.push(
    section(
      d.openFollowUps.length
        ? `*Open detractor follow-ups* (${d.openFollowUps.length})\n${d.openFollowUps
            .map(
              (f) =>
                `• *${f.score}* ${escapeMrkdwn(f.survey.contact.name)} (${escapeMrkdwn(f.survey.account.name)}) · ${
                  f.followUpAssigneeId ? `<@${f.followUpAssigneeId}>` : "nobody has taken it"
                } · since ${f.respondedAt.toISOString().slice(0, 10)}`,
            )
            .join("\n")}`
        : "*Open detractor follow-ups:* none :tada:",
    ),
  );
  blocks.push(context("NPS = % promoters (9-10) minus % detractors (0-6)."));
  return {
    text: `NPS for ${formatMonth(d.month)}: ${signed(d.nps)} from ${d.responses} responses`,
    blocks: fitBlocks(blocks),
  };
}
