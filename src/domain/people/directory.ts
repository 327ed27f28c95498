import type { User } from "../../db/client.js";
import type { Result } from "../../parse/result.js";
import type { Services } from "../../services.js";

/** Resolves an owner as a file writes it (a Slack user id, an email, a name) to a Slack user id. */
export type OwnerResolver = (text: string) => Promise<Result<string>>;

/**
 * The workspace's people as the domain needs them: a port, so domain code never holds
 * the Slack client. src/notify/directory.ts implements it with Slack's users.info and
 * users.lookupByEmail; callers (listeners, commands, jobs, the CLI) pass it in.
 */
export interface Directory {
  /** The Dealbot user for a Slack user id, created or refreshed from their Slack profile when unknown or stale. */
  ensureUser(id: string): Promise<User>;
  /** The active (non-bot) workspace member with this email, or null. */
  findByEmail(email: string): Promise<{ id: string; name: string } | null>;
  /** Resolves the owners a file names, cached for one import; `write: false` (a dry run) saves nobody. */
  ownerResolver(options: { write: boolean }): OwnerResolver;
}

/** What a domain function that looks people up takes: the database, the clock, the logger and the directory. */
export type DirectoryServices = Pick<Services, "db" | "clock" | "logger"> & { directory: Directory };
