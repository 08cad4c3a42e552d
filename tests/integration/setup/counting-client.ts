import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { aroundQueries, intercept, type AdapterFactoryLike, type AdapterLike } from "@/lib/db/adapter-proxy";
import { openPglite } from "@/lib/db/pglite-instance";
import { cachePlansOf } from "@/lib/db/plan-cache";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Adapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

/**
 * A second Prisma client on the test database whose driver adapter counts the SQL statements it
 * sends (outside transactions: a reader's statements). `statements()` is the count so far. On
 * PGlite it shares the worker's instance (one per folder), so closing it leaves that open.
 */
export function countingClient(): { client: PrismaClient; statements(): number; close(): Promise<void> } {
  let count = 0;
  const counted = <F extends AdapterFactoryLike>(factory: F): F =>
    intercept(factory, "connect", (adapter: AdapterLike) =>
      aroundQueries(adapter, (original, args) => {
        count++;
        return original(...(args as never[]));
      }),
    );
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 4 });
    const client = new PrismaClient({ adapter: counted(new PrismaPg(pool)) });
    cachePlansOf(client); // as the app's client does (lib/db/client.ts)
    return {
      client,
      statements: () => count,
      close: async () => {
        await client.$disconnect();
        await pool.end();
      },
    };
  }
  const factory = new PrismaPGlite(openPglite(target.dataDir)) as unknown as AdapterFactoryLike;
  const client = new PrismaClient({ adapter: counted(factory) as unknown as Adapter });
  cachePlansOf(client);
  return { client, statements: () => count, close: () => client.$disconnect() };
}
