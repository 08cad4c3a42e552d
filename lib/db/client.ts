import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { closePglite, openPglite } from "./pglite-instance";
import { bytesArgsDecoded } from "./pglite-bytes-args";
import { cachePlansOf } from "./plan-cache";
import { createResilientPool } from "./resilient-pool";
import { oneQueryAtATimeInTransactions } from "./serial-transactions";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

export type Db = PrismaClient;

export interface DbHandle {
  db: PrismaClient;
  target: DatabaseTarget;
  close(): Promise<void>;
}

/** Builds a Prisma client on whichever database the environment names. */
export function createPrisma(target: DatabaseTarget = resolveDatabaseTarget()): DbHandle {
  if (target.kind === "postgres") {
    const pool = createResilientPool({ connectionString: target.url, max: 10 });
    // A transaction's queries take turns on its one connection (serial-transactions.ts).
    const db = new PrismaClient({ adapter: oneQueryAtATimeInTransactions(new PrismaPg(pool)) });
    cachePlansOf(db);
    return {
      db,
      target,
      close: async () => {
        await db.$disconnect();
        await pool.end();
      },
    };
  }
  const pglite = openPglite(target.dataDir);
  // pglite-prisma-adapter 0.6.1 (the last for Prisma 6) is typed against an
  // older @prisma/driver-adapter-utils; the runtime contract is the same.
  const adapter = bytesArgsDecoded(new PrismaPGlite(pglite)) as unknown as NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];
  const db = new PrismaClient({ adapter });
  cachePlansOf(db);
  return {
    db,
    target,
    close: async () => {
      await db.$disconnect();
      await closePglite(pglite);
    },
  };
}

// One client per process; the global survives Next's dev-mode module reloads.
const globalForDb = globalThis as unknown as { __dbHandle?: DbHandle };

export function getDb(): PrismaClient {
  globalForDb.__dbHandle ??= createPrisma();
  return globalForDb.__dbHandle.db;
}

export async function closeDb(): Promise<void> {
  const handle = globalForDb.__dbHandle;
  globalForDb.__dbHandle = undefined;
  await handle?.close();
}
