// Seed entry point: `npm run db:seed` (tsx prisma/seed.ts, env from
// scripts/with-env.mjs; PGlite unless DATABASE_URL names a Postgres server).
//
// Five real blocs from the source articles ("seed 000"–"004", docs/domain/sources.md#seed-articles)
// plus demo accounts. Idempotent: every row is upserted by a natural key or
// looked up by content, so a second run leaves the counts unchanged. Facts the
// articles do not give are invented and marked `// DEMO:` in the modules;
// rows holding any invented fact carry isDemoData = true (blocs, cycles, users,
// agencies, lineage, officer terms, signatures, meetings, decisions), real rows
// false; both create and update set the flag, so a re-run corrects it.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createPrisma } from "../lib/db/client";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { seedCanTho } from "./seed/can-tho";
import { seedCriteriaTables } from "./seed/criteria";
import { seedHaNam } from "./seed/ha-nam";
import { seedKonTum } from "./seed/kon-tum";
import { seedCanThoSelfScoring } from "./seed/live/can-tho-self-scoring";
import { seedNinhBinhNominations } from "./seed/live/ninh-binh-nominations";
import { seedLiveOrganisation } from "./seed/live/organisation";
import { seedQuangNgaiVerification } from "./seed/live/quang-ngai-verification";
import { seedTrungUongBallots, seedTrungUongConference } from "./seed/live/trung-uong-conference";
import { seedTrungUongRoleModels } from "./seed/live/trung-uong-role-models";
import { seedTrungUongContest } from "./seed/live/trung-uong-contest";
import { seedNamDinh } from "./seed/nam-dinh";
import { seedProvinces } from "./seed/provinces";
import { seedTrungUong } from "./seed/trung-uong";
import { seedUsers } from "./seed/users";
import type { Tx } from "./seed/util";

// One transaction per bloc: a failure leaves the other blocs intact and the
// failing bloc as it was. Users come after the blocs and agencies they refer
// to by code.
const STEPS: [string, (tx: Tx) => Promise<void>][] = [
  ["tỉnh, thành phố (34 sau sắp xếp năm 2025)", seedProvinces],
  ["KT-CQD (seed 001)", seedKonTum],
  ["CT-CQD (seed 000)", seedCanTho],
  ["HNA-CQD (seed 002)", seedHaNam],
  ["ND-CQD (seed 003)", seedNamDinh],
  ["TW-CQD (seed 004)", seedTrungUong],
  ["bảng tiêu chí minh họa (KT-CQD 2023–2024)", seedCriteriaTables],
  // The live demo (docs/decisions/0005): this year's blocs and calendars before the accounts,
  // their scores, votes and nominations after (they name the accounts that acted).
  ["năm đang diễn ra: khối, lịch, bảng tiêu chí (CT, QNG, TW, NB)", seedLiveOrganisation],
  ["tài khoản demo", seedUsers],
  ["CT-CQD năm nay: tự chấm điểm", seedCanThoSelfScoring],
  ["QNG-CQD năm nay: thẩm định", seedQuangNgaiVerification],
  ["TW-CQD năm nay: kết quả, hội nghị, danh sách đã bỏ phiếu", seedTrungUongConference],
  // Its own transaction: a roll entry and a ballot never share one (docs/decisions/0006).
  ["TW-CQD năm nay: hòm phiếu", seedTrungUongBallots],
  ["TW-CQD năm nay: sổ điển hình tiên tiến", seedTrungUongRoleModels],
  ["TW-CQD năm nay: hội thi văn hóa công sở", seedTrungUongContest],
  ["NB-CQD năm nay: đề nghị khen thưởng", seedNinhBinhNominations],
];

/** Every step in order, one transaction each (tests/integration/seed runs it on its database). */
export async function runSeedSteps(db: Pick<PrismaClient, "$transaction">): Promise<void> {
  for (const [label, step] of STEPS) {
    try {
      await db.$transaction((tx) => step(tx), { timeout: 60_000, maxWait: 30_000 });
    } catch (err) {
      throw new Error(`Seed thất bại ở bước ${label}`, { cause: err });
    }
  }
}

async function main(): Promise<void> {
  const { db, target, close } = createPrisma();
  try {
    await runSeedSteps(db);
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

// Only when run as the script (tsx prisma/seed.ts), not when a test imports runSeedSteps.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
