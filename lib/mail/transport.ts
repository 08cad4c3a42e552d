import nodemailer, { type Transporter } from "nodemailer";
import { appEnv } from "@/lib/env";

export interface Mailer {
  transport: Pick<Transporter, "sendMail">;
  from: string;
}

let cached: Mailer | null | undefined;

/**
 * The SMTP server from SMTP_URL / MAIL_FROM, or null when e-mail is not
 * configured (staff then hand reset links over themselves; notifications stay
 * in the inbox and their outbox rows wait). Outside lib/server so that the
 * jobs script (scripts/run-jobs.ts) sends through the same transport.
 */
export function configuredMailer(): Mailer | null {
  if (cached !== undefined) return cached;
  const { SMTP_URL, MAIL_FROM } = appEnv();
  cached = SMTP_URL && MAIL_FROM ? { transport: nodemailer.createTransport(withTimeouts(SMTP_URL)), from: MAIL_FROM } : null;
  return cached;
}

// Short timeouts: a staff member is waiting for the page (the link is returned anyway), and an
// outbox sender's claim must outlast its attempt (MAIL_LEASE_MS).
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * nodemailer takes options given with a URL only from the URL's query (an
 * options object with `url` loses everything else), so the timeouts go
 * there, unless SMTP_URL sets its own.
 */
function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TIMEOUTS)) if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  return url.toString();
}
