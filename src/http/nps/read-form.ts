import type { IncomingMessage } from "node:http";

export class FormError extends Error {
  constructor(
    readonly status: 413 | 415 | 400,
    message: string,
  ) {
    super(message);
  }
}

/** Reads an application/x-www-form-urlencoded body of at most `maxBytes`. */
export async function readForm(req: IncomingMessage, maxBytes = 16 * 1024): Promise<URLSearchParams> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") throw new FormError(415, "expected a form");
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBytes) throw new FormError(413, "form too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new FormError(413, "form too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
