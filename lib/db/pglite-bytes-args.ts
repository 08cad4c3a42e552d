import { aroundQueries, intercept, type AdapterFactoryLike, type AdapterLike, type QueryableLike } from "./adapter-proxy";

/**
 * Prisma hands a driver adapter a `Bytes` argument as a base64 string, with `argTypes` saying it
 * is bytes; @prisma/adapter-pg decodes it, but pglite-prisma-adapter 0.6.1 ignores `argTypes` and
 * sends the base64 text to a bytea parameter, which Postgres refuses ("invalid input syntax for
 * type bytea") or misreads. The one Bytes column is the sealed ballot's envelope, so without this
 * no ballot could be cast on the embedded database. Here those arguments become Buffers first.
 */
interface SqlQueryLike {
  args: unknown[];
  argTypes?: { scalarType: string }[];
}

export function decodedBytesArgs(query: SqlQueryLike): SqlQueryLike {
  const types = query.argTypes;
  if (!types?.some((t) => t.scalarType === "bytes")) return query;
  const args = query.args.map((arg, i) => {
    if (types[i]?.scalarType !== "bytes") return arg;
    if (typeof arg === "string") return Buffer.from(arg, "base64");
    if (Array.isArray(arg) && arg.every((b) => typeof b === "number")) return Buffer.from(arg);
    return arg;
  });
  return { ...query, args };
}

function withDecodedBytes<T extends QueryableLike>(q: T): T {
  return aroundQueries(q, (original, [query, ...rest]) => original(...([decodedBytesArgs(query as SqlQueryLike), ...rest] as never[])));
}

/** The PGlite adapter factory, with Bytes arguments decoded as @prisma/adapter-pg does. */
export function bytesArgsDecoded<F extends AdapterFactoryLike>(factory: F): F {
  return intercept(factory, "connect", (adapter: AdapterLike) =>
    intercept(withDecodedBytes(adapter), "startTransaction", (tx: QueryableLike) => withDecodedBytes(tx)),
  );
}
