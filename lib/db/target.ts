import path from "node:path";
import { z } from "zod";

/**
 * The one place that decides where the data lives (docs/decisions/0002):
 * a Postgres server when DATABASE_URL is set, otherwise embedded PGlite in a
 * git-ignored folder. Everything else asks `createPrisma()` and never knows.
 */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

// The Prisma CLI needs a syntactically valid URL even for PGlite; scripts set
// this placeholder, which must never be taken for a real server.
export const PGLITE_PLACEHOLDER_URL = "postgresql://pglite@localhost/pglite";

const DbEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL phải là địa chỉ postgresql://… (bỏ trống để dùng PGlite nhúng)",
    }),
  PGLITE_DATA_DIR: z.string().trim().min(1).optional(),
});

export function resolveDatabaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const parsed = DbEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Cấu hình cơ sở dữ liệu không hợp lệ: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  const { DATABASE_URL, PGLITE_DATA_DIR } = parsed.data;
  if (DATABASE_URL && DATABASE_URL !== PGLITE_PLACEHOLDER_URL) return { kind: "postgres", url: DATABASE_URL };
  const dir = PGLITE_DATA_DIR ?? ".data/pglite";
  // "memory://" keeps a throwaway database in memory (tools, some tests).
  return { kind: "pglite", dataDir: dir.startsWith("memory://") ? dir : path.resolve(/* turbopackIgnore: true */ process.cwd(), dir) };
}
