import type { Directory } from "../domain/people/directory.js";
import type { Services } from "../services.js";
import { ensureUser } from "./ensure-user.js";
import { findSlackUserByEmail } from "./find-slack-user-by-email.js";
import { ownerResolver } from "./resolve-owner.js";

type SlackServices = Pick<Services, "db" | "slack" | "clock" | "logger">;

/** The domain's Directory port, answered from Slack (and Dealbot's own users first). */
export function slackDirectory(services: SlackServices): Directory {
  return {
    ensureUser: (id) => ensureUser(services, id),
    findByEmail: (email) => findSlackUserByEmail(services, email),
    ownerResolver: (options) => ownerResolver(services, options),
  };
}

/** `services` with the directory a domain function takes, bound to the same database and client. */
export function withDirectory<S extends SlackServices>(services: S): S & { directory: Directory } {
  return { ...services, directory: slackDirectory(services) };
}
