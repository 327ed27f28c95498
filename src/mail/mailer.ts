import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../config/config.js";

export type Mailer = Transporter;

/**
 * The SMTP transport for SMTP_URL, or undefined when email is not configured.
 * Nothing connects until the first send. Short timeouts: a sweep must not hang
 * on a dead server; a failed send is retried by the next run.
 */
export function createMailer(config: Config): Mailer | undefined {
  if (!config.mail.smtpUrl) return undefined;
  const url = new URL(config.mail.smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
    secure: url.protocol === "smtps:",
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}
