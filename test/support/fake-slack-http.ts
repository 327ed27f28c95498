// Request decoding and response writing for the fake Slack server.
// Kept apart from the server so the decoding rules are easy to read in one place.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface DecodedFile {
  field: string;
  filename: string;
  bytes: Buffer;
}

export interface DecodedBody {
  fields: Record<string, unknown>;
  files: DecodedFile[];
  /** Set when the body could not be decoded (e.g. broken JSON); Slack answers `invalid_json` then. */
  error?: string;
}

/** What the server writes back for one request. `outcome` is what gets recorded on the call. */
export interface Answer {
  status: number;
  body: string | Record<string, unknown>;
  headers?: Record<string, string>;
  outcome: string | number;
}

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The media type without parameters, lower-cased: "multipart/form-data; boundary=x" → "multipart/form-data". */
export function mediaType(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

/**
 * Decodes the three encodings the Slack SDKs use:
 * - form (WebClient's default): nested objects and arrays arrive JSON-stringified inside a field,
 *   so such fields are parsed back; numbers and booleans stay strings, as Slack receives them;
 * - JSON (Bolt's `respond()`, hand-written fetch calls);
 * - multipart (WebClient switches to it as soon as an argument is a Buffer, e.g. the upload step).
 */
export async function decodeBody(raw: Buffer, contentType: string): Promise<DecodedBody> {
  const type = mediaType(contentType);
  if (type === "application/x-www-form-urlencoded") {
    return { fields: decodeFields(new URLSearchParams(raw.toString("utf8"))), files: [] };
  }
  if (type === "application/json") return decodeJson(raw.toString("utf8"));
  if (type === "multipart/form-data") return decodeMultipart(raw, contentType);
  return { fields: {}, files: [] };
}

function decodeFields(entries: Iterable<[string, string]>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of entries) fields[key] = parseJsonField(value);
  return fields;
}

/** `blocks`, `view`, `files`, … are JSON inside a form field; plain text that merely starts with "[" stays text. */
export function parseJsonField(value: string): unknown {
  if (!/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function decodeJson(text: string): DecodedBody {
  if (text.trim() === "") return { fields: {}, files: [] };
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      return { fields: parsed as Record<string, unknown>, files: [] };
    }
    return { fields: { value: parsed }, files: [] };
  } catch {
    return { fields: { raw: text }, files: [], error: "invalid_json" };
  }
}

// The platform's own multipart parser (undici, behind Response) beats a hand-rolled one.
async function decodeMultipart(raw: Buffer, contentType: string): Promise<DecodedBody> {
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  const fields: Record<string, unknown> = {};
  const files: DecodedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") fields[field] = parseJsonField(value);
    else files.push({ field, filename: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { fields, files };
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return match?.[1];
}

export function jsonAnswer(body: Record<string, unknown>): Answer {
  const outcome = body.ok === false ? String(body.error ?? "error") : "ok";
  return { status: 200, body, outcome };
}

export function rateLimitedAnswer(retryAfterSeconds: number): Answer {
  return {
    status: 429,
    body: { ok: false, error: "ratelimited" },
    headers: { "retry-after": String(retryAfterSeconds) },
    outcome: 429,
  };
}

export function statusAnswer(status: number): Answer {
  return { status, body: `fake slack: HTTP ${status}`, outcome: status };
}

export function writeAnswer(res: ServerResponse, answer: Answer): void {
  if (res.destroyed || res.writableEnded) return;
  const isText = typeof answer.body === "string";
  const payload = isText ? (answer.body as string) : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    "content-type": isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
    ...answer.headers,
  });
  res.end(payload);
}
