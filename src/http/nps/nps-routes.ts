import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { DateTime } from "luxon";
import { z } from "zod";
import type { SurveyContext } from "../../db/nps.js";
import { findSurveyForToken } from "../../domain/nps/find-survey-for-token.js";
import { NPS_POLICY } from "../../domain/nps/nps-policy.js";
import { recordNpsResponse } from "../../domain/nps/record-nps-response.js";
import { type SurveyCopy, surveyCopy } from "../../domain/nps/survey-copy.js";
import { sameSecret, sign } from "../../domain/nps/survey-token.js";
import { unsubscribeContact } from "../../domain/nps/unsubscribe-contact.js";
import { getTeamSettings } from "../../domain/settings/get-team-settings.js";
import { notifyDetractor } from "../../notify/alert-detractor.js";
import { stripControls } from "../../parse/clean-text.js";
import type { Services } from "../../services.js";
import { clientAddress } from "../client-address.js";
import type { Route } from "../server.js";
import { RateLimiter } from "./rate-limit.js";
import { FormError, readForm } from "./read-form.js";
import { messagePage, PAGE_HEADERS, surveyPage, unsubscribePage } from "./survey-page.js";

const COOKIE = "dealbot_nps";
/** A form is good for a day after it was shown (then reload the page). */
const FORM_TTL_MS = 24 * 3600_000;

const formSchema = z.object({
  score: z
    .string()
    .regex(/^(?:10|[0-9])$/)
    .transform(Number)
    .optional(),
  comment: z.string().max(8000).default("").transform(stripControls),
  csrf: z.string().regex(/^\d{1,15}\.[A-Za-z0-9_-]{43}$/),
  v: z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
});

/**
 * The survey page: `GET /nps/<token>` shows the scale (`?score=N` preselected),
 * `POST` records the answer, `GET|POST /nps/<token>/unsubscribe` opts the
 * contact out. Every route is rate-limited per client address (behind proxies,
 * the one they report: TRUST_PROXY). Forms carry a
 * CSRF token: an HMAC binding the link token, a SameSite cookie nonce, the
 * answer's version (a replayed form is stale) and the time it was shown.
 */
export function npsRoutes(services: Services): Route[] {
  const limiter = new RateLimiter({
    capacity: 20,
    refillPerSecond: 0.5,
    now: () => services.clock.now().getTime(),
  });
  const limited =
    (handler: (req: IncomingMessage, res: ServerResponse, token: string) => Promise<void>) =>
    async (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => {
      const wait = limiter.take(clientAddress(req, services.config.trustProxy));
      if (wait > 0) {
        res.writeHead(429, { ...PAGE_HEADERS, "retry-after": String(wait) });
        res.end(messagePage(surveyCopy("en"), "429", surveyCopy("en").tooMany));
        return;
      }
      await handler(req, res, params.token ?? "");
    };
  const secret = services.config.nps.secret;
  const secure = services.config.publicUrl.startsWith("https:");
  const publicOrigin = new URL(services.config.publicUrl).origin;

  const csrfFor = (survey: SurveyContext, nonce: string, version: number, issuedAt: number) =>
    `${issuedAt}.${sign(secret, "nps-form", survey.tokenHash, nonce, version, issuedAt)}`;

  const versionOf = (survey: SurveyContext) => survey.response?.updatedAt.getTime() ?? 0;

  async function showForm(
    res: ServerResponse,
    req: IncomingMessage,
    survey: SurveyContext,
    input: {
      status: number;
      selected?: number | undefined;
      comment?: string;
      notice?: { text: string; error?: boolean };
    },
  ) {
    const copy = surveyCopy(survey.contact.language);
    const now = services.clock.now();
    if (
      survey.response &&
      survey.response.respondedAt.getTime() + NPS_POLICY.changeWindowMs <= now.getTime()
    ) {
      return send(res, input.status === 200 ? 200 : 410, messagePage(copy, copy.thanks, copy.closed));
    }
    const nonce = cookieOf(req) ?? randomBytes(16).toString("base64url");
    const headers: Record<string, string> = {
      "set-cookie": `${COOKIE}=${nonce}; Path=/nps; HttpOnly; SameSite=Strict; Max-Age=86400${secure ? "; Secure" : ""}`,
    };
    const html = surveyPage({
      copy,
      path: `/nps/${encodeURIComponent(tokenOfPath(req))}`,
      csrf: csrfFor(survey, nonce, versionOf(survey), now.getTime()),
      version: versionOf(survey),
      selected: input.selected ?? survey.response?.score,
      comment: input.comment ?? survey.response?.comment ?? "",
      ...(input.notice ? { notice: input.notice } : {}),
    });
    send(res, input.status, html, headers);
  }

  async function changeNotice(copy: SurveyCopy, until: Date): Promise<string> {
    const { timezone } = await getTeamSettings(services);
    const date = DateTime.fromJSDate(until, { zone: timezone })
      .setLocale(copy.lang)
      .toLocaleString(DateTime.DATETIME_MED);
    return `${copy.thanks} ${copy.canChangeUntil(date)}`;
  }

  /** Unknown → 404, expired → 410, each with a friendly page; undefined when handled. */
  async function lookup(res: ServerResponse, token: string, allowExpired = false) {
    const found = await findSurveyForToken(services, token, services.clock.now());
    const en = surveyCopy("en");
    if (found.kind === "unknown") {
      send(res, 404, messagePage(en, en.invalidTitle, en.invalidBody));
      return undefined;
    }
    if (found.kind === "expired" && !allowExpired) {
      const copy = surveyCopy(found.survey.contact.language);
      send(res, 410, messagePage(copy, copy.expiredTitle, copy.expiredBody));
      return undefined;
    }
    return found.survey;
  }

  return [
    {
      method: "GET",
      path: "/nps/:token",
      handler: limited(async (req, res, token) => {
        const survey = await lookup(res, token);
        if (!survey) return;
        const raw = new URL(req.url ?? "/", "http://localhost").searchParams.get("score");
        const selected = raw !== null && /^(?:10|[0-9])$/.test(raw) ? Number(raw) : undefined;
        await showForm(res, req, survey, { status: 200, selected });
      }),
    },
    {
      method: "POST",
      path: "/nps/:token",
      handler: limited(async (req, res, token) => {
        const origin = req.headers.origin;
        if (origin !== undefined && origin !== publicOrigin) return forbidden(res);
        let fields: URLSearchParams;
        try {
          fields = await readForm(req);
        } catch (error) {
          if (error instanceof FormError) return send(res, error.status, error.message, {}, "text/plain");
          throw error;
        }
        const survey = await lookup(res, token);
        if (!survey) return;
        const parsed = formSchema.safeParse(Object.fromEntries(fields));
        const nonce = cookieOf(req);
        if (!parsed.success || !nonce) return forbidden(res, survey.contact.language);
        const { csrf, v, score, comment } = parsed.data;
        const issuedAt = Number(csrf.split(".")[0]);
        const now = services.clock.now().getTime();
        if (
          !sameSecret(csrf, csrfFor(survey, nonce, v, issuedAt)) ||
          now - issuedAt > FORM_TTL_MS ||
          issuedAt > now + 60_000
        )
          return forbidden(res, survey.contact.language);
        const copy = surveyCopy(survey.contact.language);
        if (score === undefined) {
          return showForm(res, req, survey, {
            status: 422,
            comment,
            notice: { text: copy.pickScore, error: true },
          });
        }
        const outcome = await recordNpsResponse(services, { survey, score, comment, expectedVersion: v });
        if (outcome.kind === "recorded") await notifyDetractor(services, outcome.detractor);
        if (outcome.kind === "expired")
          return send(res, 410, messagePage(copy, copy.expiredTitle, copy.expiredBody));
        if (outcome.kind === "closed") return send(res, 410, messagePage(copy, copy.thanks, copy.closed));
        const fresh = await lookup(res, token);
        if (!fresh) return;
        if (outcome.kind === "stale")
          return showForm(res, req, fresh, { status: 409, notice: { text: copy.stale, error: true } });
        await showForm(res, req, fresh, {
          status: 200,
          notice: { text: await changeNotice(copy, outcome.changeableUntil) },
        });
      }),
    },
    {
      method: "GET",
      path: "/nps/:token/unsubscribe",
      // Only asks: mail scanners open every link in a message, and a GET must not opt anyone out.
      handler: limited(async (_req, res, token) => {
        const survey = await lookup(res, token);
        if (!survey) return;
        const copy = surveyCopy(survey.contact.language);
        send(res, 200, unsubscribePage(copy, `/nps/${encodeURIComponent(token)}/unsubscribe`));
      }),
    },
    {
      // RFC 8058 one-click unsubscribe, posted by mail clients from the List-Unsubscribe header.
      method: "POST",
      path: "/nps/:token/unsubscribe",
      handler: limited(async (req, res, token) => {
        await readForm(req).catch(() => undefined);
        // An expired link opts nobody out (it may have been forwarded or leaked since).
        const survey = await lookup(res, token);
        if (!survey) return;
        await unsubscribeContact(services, survey);
        const copy = surveyCopy(survey.contact.language);
        send(res, 200, messagePage(copy, copy.title, copy.unsubscribed));
      }),
    },
  ];
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
  type?: "text/plain",
): void {
  res.writeHead(status, {
    ...PAGE_HEADERS,
    ...(type ? { "content-type": "text/plain; charset=utf-8" } : {}),
    ...headers,
  });
  res.end(body);
}

/** A refused form post, in the contact's language when the survey is known. */
function forbidden(res: ServerResponse, language?: string): void {
  const copy = surveyCopy(language);
  send(res, 403, messagePage(copy, copy.invalidTitle, copy.formRefused));
}

function cookieOf(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, value] = part.trim().split("=", 2);
    if (name === COOKIE && value && /^[A-Za-z0-9_-]{22}$/.test(value)) return value;
  }
  return undefined;
}

function tokenOfPath(req: IncomingMessage): string {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  return decodeURIComponent(path.split("/")[2] ?? "");
}
