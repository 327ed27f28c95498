import type { WonDeal } from "../../db/wins.js";
import { formatMoney } from "../../i18n/format.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import type { OutboundMessage } from "../../notify/deliver-message.js";
import { escapeMrkdwn } from "../mrkdwn.js";

/** ":tada: Maria Lopez won Acme renewal (Acme): €12,500" — who and how much, one line, in the team's language. */
export function winAnnouncement(deal: WonDeal, lang: Lang = "en"): OutboundMessage {
  const values = {
    owner: deal.ownerId,
    deal: escapeMrkdwn(deal.name),
    amount: formatMoney(lang, deal.amountMinor, deal.currency),
  };
  const text =
    deal.account && deal.account !== deal.name
      ? t(lang, "win.announcementAccount", { ...values, account: escapeMrkdwn(deal.account) })
      : t(lang, "win.announcement", values);
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}
