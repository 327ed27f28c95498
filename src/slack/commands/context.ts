import type { ModalView } from "@slack/types";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import { loadCatalog } from "../../domain/catalog/load-catalog.js";
import type { Actor } from "../../domain/deals/actor.js";
import { loadActor } from "../../domain/deals/actor.js";
import { getTeamSettings } from "../../domain/settings/get-team-settings.js";
import type { TeamSettings } from "../../domain/settings/team-settings.js";
import { withDirectory } from "../../notify/directory.js";
import type { Services } from "../../services.js";
import type { Message } from "../views/help.js";

/** Everything a /deal subcommand handler needs, whether it came from the command or a chooser click. */
export interface CommandContext {
  services: Services;
  actor: Actor;
  settings: TeamSettings;
  catalog: Catalog;
  /** Replies to the user only (ephemeral, via the response URL); `replace` replaces the message clicked. */
  reply(message: Message, options?: { replace?: boolean }): Promise<void>;
  /** Opens a modal; must happen within 3 s of the user's action (trigger id). */
  openModal(view: ModalView): Promise<void>;
  /** Identifies this request so a repeat (Slack retry, double click) is applied once. */
  requestKey: string;
  responseUrl: string | undefined;
  /** The command text as typed, for the "which deal?" chooser to re-run. */
  text: string;
}

export async function buildContext(
  services: Services,
  input: Omit<CommandContext, "services" | "actor" | "settings" | "catalog"> & { userId: string },
): Promise<CommandContext> {
  const settings = await getTeamSettings(services);
  const [actor, catalog] = await Promise.all([
    loadActor(withDirectory(services), input.userId, settings.timezone, settings.language),
    loadCatalog(services),
  ]);
  const { userId: _userId, ...rest } = input;
  return { services, actor, settings, catalog, ...rest };
}
