import type { Refusal } from "../../domain/deals/actor.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";

/** A person in a message: a mention Slack renders as their name. */
export const mention = (userId: string): string => `<@${userId}>`;

/**
 * Words a refusal for the user, in their language. `plainPerson` names the other
 * person in plain words, for a form's inline error where mrkdwn is not rendered
 * ("someone else", "that person"); by default they are mentioned.
 */
export function refusalText(
  refusal: Refusal,
  lang: Lang = "en",
  plainPerson?: "someoneElse" | "thatPerson",
): string {
  const who = plainPerson ? t(lang, `refusal.${plainPerson}`) : mention(refusal.ownerId);
  switch (refusal.reason) {
    case "not_yours":
      return t(lang, refusal.byManager ? "refusal.notYoursManager" : "refusal.notYours", {
        what: refusal.what,
        who,
      });
    case "handoff_outside_team":
      return t(lang, "refusal.handoff", { what: refusal.what, who });
    case "owner_outside_team":
      return t(lang, refusal.byManager ? "refusal.ownerOutsideManager" : "refusal.ownerOutside", { who });
  }
}
