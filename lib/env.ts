import { z } from "zod";

/**
 * Settings read once from the environment. A missing or malformed value stops
 * start-up (instrumentation.ts) with a message that says what to set. The
 * database settings are parsed in lib/db/target.ts.
 */
const AppEnvSchema = z
  .object({
    NEXTAUTH_SECRET: z.string({ error: "Thiếu NEXTAUTH_SECRET (khóa ký phiên đăng nhập)." }).min(32, "NEXTAUTH_SECRET phải dài ít nhất 32 ký tự."),
    NEXTAUTH_URL: z.url("NEXTAUTH_URL phải là một địa chỉ URL đầy đủ.").optional(),
    // Where uploads were kept before they moved into the database: read only to move them (docs/decisions/0027).
    UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
    // Reverse proxies in front of the app whose X-Forwarded-For entries are trusted.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // E-mail for password reset links and notifications; without SMTP_URL staff copy the link instead
    // (docs/decisions/0012) and notifications stay in the inbox (docs/decisions/0034).
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:587 (hoặc smtps://…)." }).optional(),
    // Seconds between two rounds of the scheduled work of each instance (phase reminders, the
    // e-mail outbox; docs/decisions/0035); 0 = none in the app, `npm run jobs:run` from a cron instead.
    JOBS_INTERVAL_SECONDS: z.coerce
      .number({ error: "JOBS_INTERVAL_SECONDS phải là một số giây." })
      .int("JOBS_INTERVAL_SECONDS phải là số nguyên.")
      .min(0, "JOBS_INTERVAL_SECONDS không được âm (0 = tắt).")
      .max(86_400, "JOBS_INTERVAL_SECONDS tối đa 86400 (một ngày).")
      .default(300),
    MAIL_FROM: z.string().trim().min(3, 'MAIL_FROM phải là địa chỉ gửi thư, ví dụ "Thi đua khối <khongtraloi@example.vn>".').optional(),
  })
  .refine((env) => !env.SMTP_URL || env.MAIL_FROM, { message: "Đặt MAIL_FROM (địa chỉ gửi thư) khi đã đặt SMTP_URL.", path: ["MAIL_FROM"] });

export type AppEnv = z.infer<typeof AppEnvSchema>;

let cached: AppEnv | undefined;

export function appEnv(): AppEnv {
  if (cached) return cached;
  const parsed = AppEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(
      `Cấu hình môi trường không hợp lệ / invalid environment:\n${lines.join("\n")}\n` +
        "Chạy ứng dụng bằng `npm run start:demo` (tự tạo khóa cục bộ) hoặc đặt các biến này trong môi trường.",
    );
  }
  cached = parsed.data;
  return cached;
}
