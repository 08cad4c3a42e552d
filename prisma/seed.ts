// Seed entry point: `npm run db:seed` (tsx prisma/seed.ts, env from
// scripts/with-env.mjs; PGlite unless DATABASE_URL names a Postgres server).
//
// Five real blocs from the source articles (../shared/seeds, "seed 000"–"004")
// plus demo accounts. Idempotent: every row is upserted by a natural key or
// looked up by content, so a second run leaves the counts unchanged. Facts the
// articles do not give are invented and marked `// DEMO:` in the modules;
// rows holding any invented fact carry isDemoData = true (blocs, cycles, users,
// agencies, lineage, officer terms, signatures, meetings, decisions), real rows
// false; both create and update set the flag, so a re-run corrects it.
import { createPrisma } from "../lib/db/client";
import { seedCanTho } from "./seed/can-tho";
import { seedCriteriaTables } from "./seed/criteria";
import { seedHaNam } from "./seed/ha-nam";
import { seedKonTum } from "./seed/kon-tum";
import { seedNamDinh } from "./seed/nam-dinh";
import { seedTrungUong } from "./seed/trung-uong";
import { seedUsers } from "./seed/users";
import type { Tx } from "./seed/util";

// One transaction per bloc: a failure leaves the other blocs intact and the
// failing bloc as it was. Users come last because they refer to blocs and
// agencies by code.
const STEPS: [string, (tx: Tx) => Promise<void>][] = [
  ["KT-CQD (seed 001)", seedKonTum],
  ["CT-CQD (seed 000)", seedCanTho],
  ["HNA-CQD (seed 002)", seedHaNam],
  ["ND-CQD (seed 003)", seedNamDinh],
  ["TW-CQD (seed 004)", seedTrungUong],
  ["bảng tiêu chí minh họa (CT-CQD 2026, KT-CQD 2023–2024)", seedCriteriaTables],
  ["tài khoản demo", seedUsers],
];

async function main(): Promise<void> {
  const { db, target, close } = createPrisma();
  try {
    for (const [label, step] of STEPS) {
      try {
        await db.$transaction((tx) => step(tx), { timeout: 60_000, maxWait: 30_000 });
      } catch (err) {
        throw new Error(`Seed thất bại ở bước ${label}`, { cause: err });
      }
    }
    const [blocs, agencies, users, cycles, tables, criteria] = await Promise.all([
      db.bloc.count(),
      db.agency.count(),
      db.user.count(),
      db.cycle.count(),
      db.criteriaTable.count(),
      db.criterion.count(),
    ]);
    console.log(
      `Seed xong (${target.kind}): ${blocs} khối, ${agencies} cơ quan, ${users} người dùng, ${cycles} năm thi đua, ${tables} bảng tiêu chí (${criteria} tiêu chí).`,
    );
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
