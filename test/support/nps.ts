import { createServer } from "node:net";
import type { Db } from "../../src/db/client.js";
import { nameKey } from "../../src/db/deals.js";
import { bootApp, type TestApp } from "./boot.js";
import { FakeClock } from "./clock.js";
import { type LocalSmtp, startSmtp } from "./smtp.js";

export const NPS_CHANNEL = "CNPS0001";
export const OWNER = "UOWNER01";

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts something that must know its port before it listens (PUBLIC_URL). A port found free
 * can be taken by another test file before we listen on it: then try another.
 */
async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt === 5 || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    }
  }
}

export interface NpsTest {
  t: TestApp;
  smtp: LocalSmtp;
  close(): Promise<void>;
}

/** The app with a local SMTP server, PUBLIC_URL pointing at itself and an NPS channel. */
export async function bootNps(
  start = "2026-11-23T09:00:00Z",
  env: Record<string, string> = {},
): Promise<NpsTest> {
  const smtp = await startSmtp();
  const t = await onFreePort((port) =>
    bootApp({
      clock: new FakeClock(start),
      port,
      mailer: smtp.mailer(),
      env: {
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DEALBOT_CHANNEL_NPS: NPS_CHANNEL,
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: "Dealbot <nps@example.com>",
        ...env,
      },
    }),
  );
  t.slack.addUser({ id: OWNER, realName: "Olga Owner", tz: "UTC" });
  await t.db.user.create({ data: { id: OWNER, name: "Olga Owner", timezone: "UTC" } });
  return {
    t,
    smtp,
    async close() {
      await t.close();
      await smtp.close();
    },
  };
}

/** An account owned by OWNER with one contact and a deal won `wonDaysAgo` days before `now`. */
export async function seedWonAccount(
  db: Db,
  input: {
    now: Date;
    wonDaysAgo: number;
    account?: string;
    contact?: {
      name?: string;
      email?: string | null;
      slackUserId?: string;
      language?: string;
      optedOut?: boolean;
    };
    segment?: string;
  },
) {
  const accountName = input.account ?? "Acme";
  const account = await db.account.create({
    data: {
      name: accountName,
      nameKey: nameKey(accountName),
      ownerId: OWNER,
      segment: input.segment ?? "SMB",
    },
  });
  const c = input.contact ?? {};
  const contact = await db.contact.create({
    data: {
      accountId: account.id,
      name: c.name ?? "Maria Lopez",
      email: c.email === undefined ? "maria@acme.example" : c.email,
      slackUserId: c.slackUserId ?? null,
      language: c.language ?? "en",
      optedOut: c.optedOut ?? false,
    },
  });
  const won = await db.stage.findUniqueOrThrow({ where: { key: "won" } });
  const closedAt = new Date(input.now.getTime() - input.wonDaysAgo * 24 * 3600_000);
  const deal = await db.deal.create({
    data: {
      name: `${accountName} deal`,
      nameKey: nameKey(`${accountName} deal`),
      accountId: account.id,
      ownerId: OWNER,
      stageId: won.id,
      status: "won",
      amountMinor: 1_000_000n,
      currency: "EUR",
      closeOn: closedAt.toISOString().slice(0, 10),
      closedAt,
      lastActivityAt: closedAt,
    },
  });
  return { account, contact, deal };
}

export interface SurveyPage {
  status: number;
  html: string;
  headers: Headers;
  cookie: string | undefined;
  csrf: string | undefined;
  version: string | undefined;
}

const field = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, "&");

export async function getPage(url: string, cookie?: string): Promise<SurveyPage> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = await res.text();
  const setCookie = res.headers.get("set-cookie")?.split(";")[0];
  return {
    status: res.status,
    html,
    headers: res.headers,
    cookie: setCookie ?? cookie,
    csrf: field(html, "csrf"),
    version: field(html, "v"),
  };
}

export async function postForm(
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<SurveyPage> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
  const html = await res.text();
  return {
    status: res.status,
    html,
    headers: res.headers,
    cookie: headers.cookie,
    csrf: field(html, "csrf"),
    version: field(html, "v"),
  };
}

/** Submits the form of `page` (as the browser would, with its cookie and origin). */
export function submit(url: string, page: SurveyPage, score: number | undefined, comment: string) {
  const pageUrl = url.split("?")[0]!;
  return postForm(
    pageUrl,
    {
      csrf: page.csrf ?? "",
      v: page.version ?? "",
      comment,
      ...(score === undefined ? {} : { score: String(score) }),
    },
    { cookie: page.cookie ?? "", origin: new URL(url).origin },
  );
}
