/**
 * The national data set of `npm run bench:scoring` (scripts/bench/load-data-set.ts) loaded into
 * the page benchmark's database, next to the demo data, plus the accounts that open its pages.
 * The accounts share the demo accounts' password: their hash is copied from a demo account.
 */
import pg from "pg";
import { loadDataSet, provinceTag, SMALL } from "../bench/load-data-set";

export const BENCH_USERS = {
  council: "bench.hoidong@thiduakhoi.vn",
  chairVerification: "bench.truongkhoi.k1@thiduakhoi.vn",
  chairCross: "bench.truongkhoi.k3@thiduakhoi.vn",
  leader: "bench.lanhdao.k1a1@thiduakhoi.vn",
} as const;

const FULL = { blocs: 25, agencies: 12, criteria: 60 } as const;

/** Expected number of blocs for `provinces` provinces (853 for the national 34). */
export const nationalBlocCount = (provinces: number) => provinces * FULL.blocs + SMALL.blocs;

export async function loadNational(databaseUrl: string, provinces: number, demoEmail: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const loaded = await loadDataSet(
      {
        async bulk(statements) {
          await client.query("BEGIN");
          try {
            for (const s of statements) await client.query(s);
            await client.query("COMMIT");
          } catch (e) {
            await client.query("ROLLBACK").catch(() => undefined);
            throw e;
          }
        },
        async exec(statement) {
          await client.query(statement);
        },
      },
      { provinces, ...FULL },
    );
    await addAccounts(client, provinces, demoEmail);
    return loaded;
  } finally {
    await client.end();
  }
}

async function addAccounts(client: pg.Client, provinces: number, demoEmail: string) {
  const hash = await client.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [demoEmail]);
  if (!hash.rows[0]) throw new Error(`No demo account ${demoEmail}: was the database seeded?`);
  const passwordHash = hash.rows[0].passwordHash;
  const user = (id: string, email: string, name: string, agencyId: string | null, provinceId: string | null) =>
    client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "agencyId", "provinceId", "isDemoData") VALUES ($1, $2, $3, $4, $5, $6, TRUE)`, [
      id,
      email,
      name,
      passwordHash,
      agencyId,
      provinceId,
    ]);
  const role = (id: string, userId: string, r: string, scope: { blocId?: string; agencyId?: string; provinceId?: string }) =>
    client.query(`INSERT INTO "RoleAssignment" (id, "userId", role, "blocId", "agencyId", "provinceId") VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      userId,
      r,
      scope.blocId ?? null,
      scope.agencyId ?? null,
      scope.provinceId ?? null,
    ]);

  // Council staff of every province of the data set: the bloc picker lists every bloc (its worst case).
  await user("bu_council", BENCH_USERS.council, "Cán bộ Hội đồng thử tải", null, "bp_01");
  const tags = [...Array.from({ length: provinces }, (_, i) => provinceTag(i + 1)), "SMALL"];
  for (const tag of tags) await role(`br_council_${tag}`, "bu_council", "COUNCIL_STAFF", { provinceId: `bp_${tag}` });

  await user("bu_chair_1", BENCH_USERS.chairVerification, "Trưởng khối thử tải 1", "ba_01_1_1", "bp_01");
  await role("br_chair_1", "bu_chair_1", "CHAIR", { blocId: "bb_01_1" });
  await user("bu_chair_3", BENCH_USERS.chairCross, "Trưởng khối thử tải 3", "ba_01_3_1", "bp_01");
  await role("br_chair_3", "bu_chair_3", "CHAIR", { blocId: "bb_01_3" });
  await user("bu_leader", BENCH_USERS.leader, "Thủ trưởng thử tải", "ba_01_1_1", "bp_01");
  await role("br_leader", "bu_leader", "AGENCY_LEADER", { agencyId: "ba_01_1_1" });
}
