import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 bits of randomness, URL-safe (43 characters). Only its hash is ever stored. */
export function newSurveyToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSurveyToken(token) };
}

export function hashSurveyToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A link token has exactly the shape newSurveyToken makes; anything else is refused before a lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** HMAC-SHA256 of `parts` under `secret`, base64url. */
export function sign(secret: string, ...parts: (string | number)[]): string {
  return createHmac("sha256", secret).update(parts.join("|")).digest("base64url");
}

/** Constant-time comparison of two strings. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
