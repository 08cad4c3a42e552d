import { makeRoleUser, type RoleScope } from "../setup/bloc-world";
import type { Role } from "@/lib/generated/prisma/client";
import { NominationInputSchema } from "@/lib/schemas/awards";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeBloc, makeCycle, makeMembership } from "../../factories";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export function dayFromToday(offset: number): Date {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** NOMINATION open now, or closed (ended yesterday). */
export async function nominationPhase(cycleId: string, open: boolean) {
  const db = testDb();
  await db.cyclePhase.deleteMany({ where: { cycleId, key: "NOMINATION" } });
  await db.cyclePhase.create({
    data: { cycleId, key: "NOMINATION", opensOn: dayFromToday(open ? -3 : -10), closesOn: dayFromToday(open ? 10 : -1) },
  });
}

/** A published result (format 1 snapshot) with each agency's band and veto, in the order given. */
export async function publish(cycleId: string, rows: { agencyId: string; name: string; bandKey: string | null; vetoed: boolean }[], version = 1) {
  const snapshot = {
    format: 1,
    version,
    publishedAt: new Date().toISOString(),
    table: { id: "t", title: "Bảng tiêu chí", version: 1, scale: 100 },
    criteria: [],
    rows: rows.map((r, i) => ({
      agencyId: r.agencyId,
      agencyName: r.name,
      shortName: r.name,
      rank: i + 1,
      label: null,
      needsRunoff: false,
      base: 90,
      bonus: 0,
      penalty: 0,
      total: 90,
      bandKey: r.bandKey,
      bandLabel: r.bandKey,
      vetoed: r.vetoed,
      cells: {},
      groups: {},
      missingCount: 0,
    })),
    withoutSheet: [],
  };
  await testDb().resultPublication.create({ data: { cycleId, version, snapshot } });
}

/**
 * Bloc A (2026, NOMINATION open) with three members: BTG (the "own" agency), BDV (vetoed in the
 * published results: gated for collective forms) and BNC; bloc B with "outsider". Catalogue of A:
 * TTLDXS (collective, 50% of members, FLOOR → 1 of 3), CO_TINH (flag, needs XUAT_SAC and TTLDXS),
 * CSTD (individual, no quota). Every member registered (accepted, all three titles) and signed
 * the locked pledge.
 */
async function buildWorld() {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const [cycleA, cycleB] = await Promise.all([makeCycle(db, { blocId: blocA.id, year: 2026 }), makeCycle(db, { blocId: blocB.id, year: 2026 })]);
  await nominationPhase(cycleA.id, true);
  await nominationPhase(cycleB.id, true);
  const btg = await makeAgency(db, { name: "Ban Tuyên giáo Tỉnh ủy" });
  const bdv = await makeAgency(db, { name: "Ban Dân vận Tỉnh ủy" });
  const bnc = await makeAgency(db, { name: "Ban Nội chính Tỉnh ủy" });
  const outsider = await makeAgency(db, { name: "Sở Tư pháp" });
  for (const a of [btg, bdv, bnc]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: 2026 });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: 2026 });

  const base = { authorityKind: "PROVINCE_CHAIR" as const, authorityName: "Chủ tịch UBND tỉnh" };
  const forms = {
    ttldxs: await db.awardForm.create({
      data: {
        ...base,
        cycleId: cycleA.id,
        code: "TTLDXS",
        name: "Tập thể lao động xuất sắc",
        target: "COLLECTIVE",
        quotaKind: "PERCENT_OF_MEMBERS",
        quotaValue: "50",
        quotaRounding: "FLOOR",
        order: 2,
      },
    }),
    flag: await db.awardForm.create({
      data: {
        ...base,
        cycleId: cycleA.id,
        code: "CO_TINH",
        name: "Cờ thi đua của UBND tỉnh",
        target: "COLLECTIVE",
        isFlag: true,
        minBand: "XUAT_SAC",
        prerequisiteCodes: ["TTLDXS"],
        quotaKind: "COUNT",
        quotaValue: "1",
        order: 1,
      },
    }),
    cstd: await db.awardForm.create({ data: { ...base, cycleId: cycleA.id, code: "CSTD", name: "Chiến sĩ thi đua cơ sở", target: "INDIVIDUAL", order: 3 } }),
    otherBloc: await db.awardForm.create({ data: { ...base, cycleId: cycleB.id, code: "TTLDXS", name: "Tập thể lao động xuất sắc", target: "COLLECTIVE" } }),
  };
  const allA = [forms.ttldxs, forms.flag, forms.cstd];
  for (const a of [btg, bdv, bnc]) {
    await db.registration.create({
      data: { cycleId: cycleA.id, agencyId: a.id, status: "ACCEPTED", titles: { create: allA.map((f) => ({ awardFormId: f.id })) } },
    });
  }
  await db.pledge.create({
    data: {
      cycleId: cycleA.id,
      version: 1,
      title: "Giao ước thi đua năm 2026",
      status: "LOCKED",
      lockedAt: new Date(),
      signatures: {
        create: [btg, bdv, bnc].map((a) => ({ agencyId: a.id, signerName: "Nguyễn Văn A", signerTitle: "Trưởng ban", signedOn: dayFromToday(-30) })),
      },
    },
  });
  await publish(cycleA.id, [
    { agencyId: btg.id, name: btg.name, bandKey: "XUAT_SAC", vetoed: false },
    { agencyId: bdv.id, name: bdv.name, bandKey: "XUAT_SAC", vetoed: true },
    { agencyId: bnc.id, name: bnc.name, bandKey: "TOT", vetoed: false },
  ]);

  const user = (role: Role, scope: RoleScope) => makeRoleUser(db, role, scope);
  const users = {
    ADMIN: await user("ADMIN", {}),
    SECRETARY: await user("SECRETARY", { blocId: blocA.id }),
    CHAIR: await user("CHAIR", { blocId: blocA.id }),
    OBSERVER: await user("OBSERVER", { blocId: blocA.id }),
    AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: btg.id }),
    AGENCY_OFFICER: await user("AGENCY_OFFICER", { agencyId: btg.id }),
    OTHER_AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: bdv.id }),
    OTHER_CHAIR: await user("CHAIR", { blocId: blocB.id }),
    OTHER_OFFICER: await user("AGENCY_OFFICER", { agencyId: outsider.id }),
  };
  return { db, blocA, blocB, cycleA, cycleB, btg, bdv, bnc, outsider, forms, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

export function nominationInput(w: World, over: Record<string, unknown> = {}) {
  return NominationInputSchema.parse({
    cycleId: w.cycleA.id,
    agencyId: w.btg.id,
    version: "0",
    awardFormId: w.forms.ttldxs.id,
    achievements: "Hoàn thành xuất sắc toàn diện nhiệm vụ chính trị năm 2026, dẫn đầu khối.",
    ...over,
  });
}

export function auditOf(entity: string, entityId: string) {
  return testDb().auditLog.findMany({ where: { entity, entityId }, orderBy: { at: "asc" } });
}

/** A nomination of `agencyId` for `awardFormId` in the given status, created directly. */
export async function nominationIn(
  w: World,
  status: "DRAFT" | "PROPOSED" | "SENT" | "RETURNED" | "REJECTED",
  over: { agencyId?: string; awardFormId?: string; personName?: string } = {},
) {
  const form = over.awardFormId ?? w.forms.ttldxs.id;
  const target = form === w.forms.cstd.id ? "INDIVIDUAL" : "COLLECTIVE";
  return testDb().nomination.create({
    data: {
      cycleId: w.cycleA.id,
      awardFormId: form,
      agencyId: over.agencyId ?? w.btg.id,
      target,
      personName: target === "INDIVIDUAL" ? (over.personName ?? "Trần Văn Bình") : null,
      achievements: `Thành tích ${Math.random()}`,
      status,
    },
  });
}

export { expectRefused } from "../setup/bloc-world";
