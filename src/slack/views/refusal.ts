import type { Refusal } from "../../domain/deals/actor.js";

/** A person in a message: a mention Slack renders as their name. */
export const mention = (userId: string): string => `<@${userId}>`;

/**
 * Words a refusal for the user. `person` names the other person: a mention in a
 * message (the default), plain words in a form's inline error, where mrkdwn is not
 * rendered (e.g. `() => "someone else"`).
 */
export function refusalText(refusal: Refusal, person: (userId: string) => string = mention): string {
  const who = person(refusal.ownerId);
  switch (refusal.reason) {
    case "not_yours":
      return refusal.byManager
        ? `You can change your own deals and your team's; ${refusal.what} belongs to ${who}, who is not on your team. Ask an admin to add them to your team.`
        : `${refusal.what} belongs to ${who}: you can change only your own deals. Ask ${who} or their manager.`;
    case "handoff_outside_team":
      return `You can't hand ${refusal.what} to ${who}: they are not on your team. Pick someone on your team, or ask an admin.`;
    case "owner_outside_team":
      return `You can create deals for yourself${refusal.byManager ? " and your team" : ""}; ${who} is not on your team.`;
  }
}
