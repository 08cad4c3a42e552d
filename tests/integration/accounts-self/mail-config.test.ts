import { afterEach, describe, expect, it, vi } from "vitest";

/** Whether reset links are e-mailed follows SMTP_URL / MAIL_FROM (lib/env.ts); settings are read once, so each case loads the modules afresh. */
async function freshMailer(env: Record<string, string | undefined>) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_SECRET", process.env.NEXTAUTH_SECRET ?? "x".repeat(48));
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return (await import("@/lib/mail/transport")).configuredMailer();
}

describe("mail configuration", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is off without SMTP_URL", async () => {
    expect(await freshMailer({ SMTP_URL: undefined, MAIL_FROM: undefined })).toBeNull();
  });

  it("builds an SMTP transport from SMTP_URL and MAIL_FROM (nothing is sent until a mail is)", async () => {
    const mailer = await freshMailer({ SMTP_URL: "smtp://thidua:bi-mat@mail.example.vn:587", MAIL_FROM: "Thi đua khối <khongtraloi@example.vn>" });
    expect(mailer?.from).toBe("Thi đua khối <khongtraloi@example.vn>");
    expect((mailer?.transport as unknown as { options: Record<string, unknown> }).options).toMatchObject({
      host: "mail.example.vn",
      port: 587,
      secure: false,
      auth: { user: "thidua", pass: "bi-mat" },
      connectionTimeout: 10_000,
      socketTimeout: 20_000,
    });
  });

  it("keeps timeouts that SMTP_URL sets itself", async () => {
    const mailer = await freshMailer({ SMTP_URL: "smtps://mail.example.vn?socketTimeout=5000", MAIL_FROM: "khongtraloi@example.vn" });
    expect((mailer?.transport as unknown as { options: Record<string, unknown> }).options).toMatchObject({
      secure: true,
      socketTimeout: 5000,
      connectionTimeout: 10_000,
    });
  });

  it("refuses SMTP_URL without MAIL_FROM, and a URL that is not smtp(s)", async () => {
    await expect(freshMailer({ SMTP_URL: "smtp://mail.example.vn", MAIL_FROM: undefined })).rejects.toThrow(/MAIL_FROM/);
    await expect(freshMailer({ SMTP_URL: "https://mail.example.vn", MAIL_FROM: "a@b.vn" })).rejects.toThrow(/SMTP_URL/);
  });
});
