import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPglite } from "./pglite-instance";
import { resolveDatabaseTarget } from "./target";

/**
 * The driver adapter that Prisma's JavaScript schema engine migrates through
 * (docs/decisions/0001). Two upstream gaps of @prisma/adapter-pg 6.19 are
 * bridged here, for the CLI only:
 *  1. catalog columns typed `name` (oid 19) and `"char"` (oid 18) are
 *     rejected (prisma/orm#27403): we report them as `text` (oid 25);
 *  2. the shadow database for `migrate dev` is created by us and dropped
 *     after its pool is closed;
 *  3. executeScript splits a migration on every ";" (even inside comments
 *     and function bodies): we send the script whole, as one simple query,
 *     which Postgres also runs as a single transaction.
 * The PGlite adapter has a gap of its own, bridged below.
 */
const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);

type Queryable = { performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
type ScriptRunner = { client: pg.Pool; onError(e: unknown): never; executeScript(script: string): Promise<void> };
let patched = false;

function patchCatalogTypes(adapter: object) {
  if (patched) return;
  const adapterProto = Object.getPrototypeOf(adapter) as ScriptRunner;
  adapterProto.executeScript = async function (this: ScriptRunner, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  // PrismaPgAdapter and its transactions share the PgQueryable prototype.
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as Queryable;
  const original = proto.performIO;
  proto.performIO = async function (this: Queryable, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result.fields) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  patched = true;
}

function pgConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: database ?? (u.pathname.replace(/^\//, "") || "postgres"),
  };
}

class BridgedPg extends PrismaPg {
  constructor(private readonly url: string) {
    super(pgConfig(url));
  }
  override async connect() {
    const adapter = await super.connect();
    patchCatalogTypes(adapter);
    return adapter;
  }
  override async connectToShadowDb() {
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Client(pgConfig(this.url));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadow = await new PrismaPg(pgConfig(this.url, name)).connect();
    patchCatalogTypes(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const dropper = new pg.Client(pgConfig(this.url));
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    return shadow;
  }
}

/**
 * pglite-prisma-adapter 0.6.1 starts `exec(script)` without awaiting it, so a
 * failing migration would be reported as applied: we await it. And a
 * parameterless executeRaw may hold several statements: we run it with exec.
 */
type PgliteScriptRunner = { client: { exec(s: string): Promise<unknown> }; onError(e: unknown): never };
let pglitePatched = false;

class AwaitingPglite extends PrismaPGlite {
  override async connect() {
    return patchPglite(await super.connect());
  }
  override async connectToShadowDb() {
    return patchPglite(await super.connectToShadowDb());
  }
}

function patchPglite<T extends object>(adapter: T): T {
  if (!pglitePatched) {
    const proto = Object.getPrototypeOf(adapter) as PgliteScriptRunner & { executeScript(s: string): Promise<void> };
    proto.executeScript = async function (this: PgliteScriptRunner, script: string) {
      try {
        await this.client.exec(script);
      } catch (error) {
        this.onError(error);
      }
    };
    // The shadow database of `migrate dev` receives whole migrations through
    // executeRaw, which PGlite runs as a prepared statement (one command only).
    const queryable = Object.getPrototypeOf(proto) as {
      executeRaw(q: { sql: string; args: unknown[] }): Promise<number>;
    };
    const executeRaw = queryable.executeRaw;
    queryable.executeRaw = async function (this: PgliteScriptRunner, q: { sql: string; args: unknown[] }) {
      if (q.args.length > 0) return executeRaw.call(this, q);
      try {
        const results = (await this.client.exec(q.sql)) as { affectedRows?: number }[];
        return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
      } catch (error) {
        this.onError(error);
      }
    };
    pglitePatched = true;
  }
  return adapter;
}

export async function migrationAdapter() {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") return new BridgedPg(target.url);
  return new AwaitingPglite(openPglite(target.dataDir));
}
