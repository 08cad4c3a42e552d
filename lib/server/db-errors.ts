import "server-only";

/**
 * Database refusals the use cases turn into user messages. Prisma reports
 * them as P2002 on Postgres, but pglite-prisma-adapter 0.6.1 passes the raw
 * Postgres error through, so both shapes are recognised (SQLSTATE codes).
 */
function sqlState(e: unknown): string | undefined {
  const err = e as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; message?: unknown };
  const original = err?.meta?.driverAdapterError?.cause?.originalCode ?? (err as { cause?: { originalCode?: unknown } })?.cause?.originalCode;
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

// Prisma's own codes for "cannot reach / lost the server / no connection in time".
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// SQLSTATE: class 08 (connection exception), admin/crash shutdown, starting up, too many connections.
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P01|57P02|57P03|53300)$/;
// What @prisma/adapter-pg reports in a DriverAdapterError's cause.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// pg's own errors on a dead socket are plain Errors with only a message.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|timeout exceeded when trying to connect|terminating connection due to|Can't reach database server/;

/**
 * The database could not be reached or dropped the connection: a condition
 * to report (503, "try again"), not a bug. Covers what was observed through
 * the Postgres adapter with the server stopped, a cut connection and
 * pg_terminate_backend (tests/integration/faults).
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; cause?: { kind?: unknown }; message?: unknown };
  if (typeof err?.code === "string" && UNAVAILABLE_PRISMA_CODES.has(err.code)) return true;
  const state = sqlState(e);
  if (state && UNAVAILABLE_SQLSTATE.test(state)) return true;
  const kind = err?.meta?.driverAdapterError?.cause?.kind ?? err?.cause?.kind;
  if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
  return typeof err?.message === "string" && UNAVAILABLE_MESSAGE.test(err.message);
}
