import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/config.js";

const valid = {
  SLACK_BOT_TOKEN: "xoxb-1-2-abc",
  SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
};

function problems(
  env: Record<string, string | undefined>,
  needs: Parameters<typeof loadConfig>[1] = ["slack-app"],
) {
  try {
    loadConfig(env, needs);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig(valid, ["slack-app"]);
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.database).toMatchObject({ provider: "sqlite" });
    expect(config.database.provider === "sqlite" && config.database.file).toMatch(/data\/dealbot\.db$/);
    expect(config.defaults).toEqual({
      timezone: "UTC",
      currency: "EUR",
      language: "en",
      channels: { digest: [], alerts: undefined, nps: undefined },
    });
    expect(config.log).toEqual({ level: "info", pretty: false });
    expect(config.scheduler.enabled).toBe(true);
    expect(config.trustProxy).toBe(0);
  });

  it("reads every team default and the admin list", () => {
    const config = loadConfig(
      {
        ...valid,
        PORT: "8080",
        PUBLIC_URL: "https://deals.example.com/",
        DEALBOT_ADMINS: "U01ABC, U02DEF",
        DEALBOT_TIMEZONE: "Europe/Helsinki",
        DEALBOT_CURRENCY: "usd",
        DEALBOT_LANGUAGE: "FI",
        DEALBOT_CHANNEL_DIGEST: "C111,C222",
        DEALBOT_CHANNEL_ALERTS: "C333",
        DEALBOT_CHANNEL_NPS: "G444",
        DATABASE_URL: "postgresql://u:p@db:5432/dealbot",
        NODE_ENV: "development",
        DEALBOT_SCHEDULER: "off",
        TRUST_PROXY: "2",
      },
      ["slack-app"],
    );
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe("https://deals.example.com");
    expect(config.admins).toEqual(["U01ABC", "U02DEF"]);
    expect(config.defaults.timezone).toBe("Europe/Helsinki");
    expect(config.defaults.currency).toBe("USD");
    expect(config.defaults.language).toBe("fi");
    expect(config.defaults.channels).toEqual({ digest: ["C111", "C222"], alerts: "C333", nps: "G444" });
    expect(config.database).toEqual({ provider: "postgresql", url: "postgresql://u:p@db:5432/dealbot" });
    expect(config.log).toEqual({ level: "debug", pretty: true });
    expect(config.scheduler.enabled).toBe(false);
    expect(config.trustProxy).toBe(2);
  });

  it("writes SQLite commits without an fsync each unless DEALBOT_SQLITE_SYNCHRONOUS=full", () => {
    expect(loadConfig(valid, ["slack-app"]).database).not.toHaveProperty("synchronous");
    expect(
      loadConfig({ ...valid, DEALBOT_SQLITE_SYNCHRONOUS: "full" }, ["slack-app"]).database,
    ).toMatchObject({
      provider: "sqlite",
      synchronous: "full",
    });
    expect(problems({ ...valid, DEALBOT_SQLITE_SYNCHRONOUS: "off" }).join("\n")).toMatch(
      /DEALBOT_SQLITE_SYNCHRONOUS/,
    );
  });

  it("treats blank values as unset", () => {
    const config = loadConfig({ ...valid, PORT: "", DEALBOT_TIMEZONE: "  ", SLACK_APP_TOKEN: "" }, [
      "slack-app",
    ]);
    expect(config.port).toBe(3000);
    expect(config.defaults.timezone).toBe("UTC");
    expect(config.slack.appToken).toBeUndefined();
  });

  it("names each missing Slack credential and where to get it", () => {
    const list = problems({});
    expect(list).toHaveLength(2);
    expect(list[0]).toMatch(/SLACK_BOT_TOKEN is missing.*OAuth & Permissions/);
    expect(list[1]).toMatch(/SLACK_SIGNING_SECRET is missing.*Basic Information/);
  });

  it("needs no signing secret in Socket Mode", () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A" }, ["slack-app"]);
    expect(config.slack.appToken).toBe("xapp-1-A");
  });

  it("needs only the database for migrate", () => {
    expect(loadConfig({}, ["database"]).database.provider).toBe("sqlite");
  });

  it.each([
    ["SLACK_BOT_TOKEN", "xoxp-user-token", /SLACK_BOT_TOKEN \("xoxp-\*\*\*"\) must start with xoxb-/],
    ["SLACK_SIGNING_SECRET", "nothex!", /SLACK_SIGNING_SECRET \("\*\*\*"\) looks wrong/],
    ["SLACK_APP_TOKEN", "xoxb-1", /SLACK_APP_TOKEN .* must start with xapp-/],
    ["PORT", "70000", /PORT \("70000"\) must be a port number/],
    ["PORT", "abc", /PORT \("abc"\) must be a number/],
    ["PUBLIC_URL", "deals.example.com", /PUBLIC_URL .* must be a URL/],
    ["SLACK_API_URL", "ftp://x", /SLACK_API_URL .* must be a URL/],
    ["DEALBOT_TIMEZONE", "Mars/Olympus", /DEALBOT_TIMEZONE \("Mars\/Olympus"\) is not an IANA timezone name/],
    [
      "DEALBOT_LANGUAGE",
      "de",
      /DEALBOT_LANGUAGE \("de"\) is not a language Dealbot speaks \(en, fi, pl, uk, ru\)/,
    ],
    ["DEALBOT_CURRENCY", "EURO", /DEALBOT_CURRENCY \("EURO"\) is not an ISO 4217 currency code/],
    ["DEALBOT_ADMINS", "U01,bob", /DEALBOT_ADMINS .* is not a Slack user id/],
    ["DEALBOT_CHANNEL_DIGEST", "C111,#sales", /DEALBOT_CHANNEL_DIGEST .* is not a Slack channel id/],
    ["DEALBOT_CHANNEL_ALERTS", "sales", /DEALBOT_CHANNEL_ALERTS .* is not a Slack channel id/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL \("loud"\) must be one of fatal, error/],
    ["DEALBOT_SCHEDULER", "maybe", /DEALBOT_SCHEDULER .* must be one of on, off/],
    ["DATABASE_URL", "mysql://x", /DATABASE_URL must start with file: .* or postgresql:\/\//],
    ["TRUST_PROXY", "yes", /TRUST_PROXY \("yes"\) must be a number of proxies, like 1/],
    ["TRUST_PROXY", "1.5", /TRUST_PROXY \("1.5"\) must be a whole number of proxies/],
    ["TRUST_PROXY", "-1", /TRUST_PROXY \("-1"\) must be 0 or more/],
  ])("refuses a bad %s (%s)", (name, value, message) => {
    const list = problems({ ...valid, [name]: value });
    expect(list.join("\n")).toMatch(message);
  });

  it("lists every problem at once and never prints a whole secret", () => {
    const error = (() => {
      try {
        loadConfig({ SLACK_BOT_TOKEN: "xoxp-secret-value-123", PORT: "-1", DEALBOT_TIMEZONE: "Nowhere" }, [
          "slack-app",
        ]);
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toContain("3 problems");
    expect(error?.message).toContain(".env.example");
    expect(error?.message).not.toContain("secret-value");
  });
});
