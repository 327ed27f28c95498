import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import type { Mailer } from "../../src/mail/mailer.js";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1 that keeps every message; `refuse` makes it reject mail (like a server in trouble). */
export interface LocalSmtp {
  port: number;
  messages: ReceivedMail[];
  refuse: boolean;
  /** A nodemailer transport pointing at this server. */
  mailer(): Mailer;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<LocalSmtp> {
  const state: LocalSmtp = {
    port: 0,
    messages: [],
    refuse: false,
    mailer: () =>
      nodemailer.createTransport({
        host: "127.0.0.1",
        port: state.port,
        secure: false,
        ignoreTLS: true,
        connectionTimeout: 2000,
        greetingTimeout: 2000,
        socketTimeout: 4000,
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (state.refuse) {
        const error = new Error("Service unavailable, try again later") as Error & { responseCode: number };
        error.responseCode = 451;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        state.messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  state.port = (server.server.address() as AddressInfo).port;
  return state;
}

/** The text part of a raw message, quoted-printable decoded. */
export function textPart(raw: string): string {
  const match = /Content-Type: text\/plain[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n--/i.exec(raw);
  const body = match?.[1] ?? raw;
  return body
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The survey link (with ?score=N) for `score` in a received survey email. */
export function surveyLink(mail: ReceivedMail, score: number): string {
  const text = textPart(mail.raw);
  const match = new RegExp(`^${score}: (\\S+\\?score=${score})$`, "m").exec(text);
  if (!match?.[1]) throw new Error(`no link for score ${score} in:\n${text}`);
  return match[1];
}
