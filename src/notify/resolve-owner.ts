import { findUser, findUserByEmail, findUsersByName, upsertUserProfile } from "../db/users.js";
import type { OwnerResolver } from "../domain/people/directory.js";
import { fail, type Result, succeed } from "../parse/result.js";
import type { Services } from "../services.js";
import { slackErrorCode } from "../slack/client.js";

const SLACK_ID = /^[UW][A-Z0-9]{2,}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Resolves an owner as a file writes it: a Slack user id, an email address
 * (Dealbot's users first, then Slack's `users.lookupByEmail`), or the exact
 * name of someone who already uses Dealbot. Answers are cached for the whole
 * import: a file of 100k deals has a handful of owners. With `write: false`
 * (a dry run) people found in Slack are not saved.
 */
export function ownerResolver(
  services: Pick<Services, "db" | "slack" | "clock" | "logger">,
  options: { write: boolean },
): OwnerResolver {
  const cache = new Map<string, Promise<Result<string>>>();
  return (text) => {
    const key = text.trim().toLowerCase();
    let answer = cache.get(key);
    if (!answer) {
      answer = resolve(services, text.trim(), options.write);
      cache.set(key, answer);
    }
    return answer;
  };
}

async function resolve(
  { db, slack, clock, logger }: Pick<Services, "db" | "slack" | "clock" | "logger">,
  text: string,
  write: boolean,
): Promise<Result<string>> {
  const bare = text.replace(/^<@([UW][A-Z0-9]+)(\|[^>]*)?>$/, "$1");
  if (SLACK_ID.test(bare)) {
    if (await findUser(db, bare)) return succeed(bare);
    try {
      const { user } = await slack.users.info({ user: bare, include_locale: true });
      if (!user || user.deleted) return fail(`owner ${bare} is not an active Slack user`);
      if (write) await upsertUserProfile(db, profileOf(bare, user), clock.now());
      return succeed(bare);
    } catch (error) {
      return slackFailure(error, `owner ${bare} is not a Slack user in this workspace`, logger);
    }
  }
  if (EMAIL.test(text)) {
    const known = await findUserByEmail(db, text);
    if (known) return succeed(known.id);
    try {
      const { user } = await slack.users.lookupByEmail({ email: text });
      if (!user?.id || user.deleted) return fail(`no active Slack user has the email ${text}`);
      if (write) await upsertUserProfile(db, profileOf(user.id, user), clock.now());
      return succeed(user.id);
    } catch (error) {
      return slackFailure(error, `no Slack user has the email ${text}`, logger);
    }
  }
  const named = await findUsersByName(db, text);
  if (named.length === 1 && named[0]) return succeed(named[0].id);
  if (named.length > 1)
    return fail(`owner "${text}" matches ${named.length} people: use their Slack user id or email`);
  return fail(`owner "${text}" is not a Slack user id, an email address, or the name of someone in Dealbot`);
}

function slackFailure(error: unknown, notFound: string, logger: Services["logger"]): Result<string> {
  const code = slackErrorCode(error);
  if (code === "user_not_found" || code === "users_not_found") return fail(notFound);
  logger.warn({ err: error, code }, "could not look up an owner in Slack");
  return fail(`could not check the owner with Slack (${code ?? "no answer"}); try again later`);
}

interface SlackUserLike {
  name?: string;
  real_name?: string;
  tz?: string;
  locale?: string;
  deleted?: boolean;
  profile?: { email?: string; real_name?: string; display_name?: string };
}

function profileOf(id: string, user: SlackUserLike) {
  return {
    id,
    name: user.real_name || user.profile?.real_name || user.profile?.display_name || user.name || id,
    email: user.profile?.email ?? null,
    timezone: user.tz ?? null,
    locale: user.locale ?? null,
    active: !user.deleted,
  };
}
