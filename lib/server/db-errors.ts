import "server-only";

/**
 * Database refusals the use cases turn into user messages. Prisma reports
 * them as P2002 on Postgres, but pglite-prisma-adapter 0.6.1 passes the raw
 * Postgres error through, so both shapes are recognised (SQLSTATE codes).
 */
function sqlState(e: unknown): string | undefined {
  const err = e as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; message?: unknown };
  const original = err?.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string") return original;
  if (typeof err?.code === "string" && /^[0-9A-Z]{5}$/.test(err.code)) return err.code;
  const m = typeof err?.message === "string" ? err.message.match(/\b(23505|23P01|23514|23503)\b/) : null;
  return m?.[1];
}

export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: unknown })?.code === "P2002" || sqlState(e) === "23505" || /duplicate key value/.test(String((e as Error)?.message));
}

/** The officer-term trigger (and any exclusion constraint) raises 23P01. */
export function isOverlapViolation(e: unknown): boolean {
  return sqlState(e) === "23P01" || /officer_term_overlap/.test(String((e as Error)?.message));
}

export function isCheckViolation(e: unknown): boolean {
  return sqlState(e) === "23514" || /violates check constraint/.test(String((e as Error)?.message));
}
