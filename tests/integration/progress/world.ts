import type { PledgeStatus, TargetComparator, TargetKind } from "@/lib/generated/prisma/client";
import { makeAgency, makeCycle, makeMembership } from "../../factories";
import { auditRows, makeRoleUser, makeStandardUsers, makeTwoBlocs, setPhaseWindow } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { dayFromToday, expectRefused } from "../setup/bloc-world";

export const YEAR = 2026;

/** Sets EXECUTION and MID_YEAR_REVIEW to [opens, closes] days from today; null removes the phase. */
export async function setWindow(cycleId: string, windows: Partial<Record<"EXECUTION" | "MID_YEAR_REVIEW", [number, number] | null>>) {
  const db = testDb();
  for (const [key, w] of Object.entries(windows) as ["EXECUTION" | "MID_YEAR_REVIEW", [number, number] | null][]) {
    await setPhaseWindow(db, cycleId, key, w);
  }
}

const COMMITMENTS: { text: string; targetKind: TargetKind; targetValue?: number; targetComparator?: TargetComparator; targetUnit?: string }[] = [
  {
    text: "Phấn đấu cán bộ, công chức đạt Lao động tiên tiến",
    targetKind: "PERCENT",
    targetValue: 90,
    targetComparator: "AT_LEAST",
    targetUnit: "% cán bộ, công chức",
  },
  { text: "Xây dựng cơ quan đạt chuẩn văn hóa", targetKind: "YES_NO" },
  { text: "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", targetKind: "TEXT" },
  { text: "Tin, bài tuyên truyền về phong trào thi đua", targetKind: "NUMBER", targetValue: 12, targetComparator: "AT_LEAST", targetUnit: "tin, bài" },
];

/** A pledge version with the four commitments above, built directly (the pledge editor is another use case). */
export async function makePledge(cycleId: string, version: number, status: PledgeStatus) {
  return testDb().pledge.create({
    data: {
      cycleId,
      version,
      status,
      title: `Giao ước thi đua năm ${YEAR}`,
      lockedAt: status === "LOCKED" ? new Date() : null,
      commitments: { create: COMMITMENTS.map((c, i) => ({ number: i + 1, ...c })) },
    },
    include: { commitments: { orderBy: { number: "asc" } } },
  });
}

/**
 * Bloc A in 2026 (three members, progress window open, a LOCKED pledge) and
 * bloc B with one member. One user per role on bloc A or on Ban Tuyên giáo
 * (btg); a leader of Ban Dân vận (other agency, same bloc); a leader of an
 * agency that left bloc A after 2025; a secretary and an officer of bloc B.
 */
async function buildWorld() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, {
    year: YEAR,
    members: ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"],
    outsider: "Văn phòng Thành ủy",
  });
  const [btg, bdv, btc] = members;
  const formerMember = await makeAgency(db, { name: "Ban Nội chính Tỉnh ủy" });
  await makeMembership(db, { blocId: blocA.id, agencyId: formerMember.id, year: YEAR - 1 });

  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  await setWindow(cycle.id, { EXECUTION: [-30, 30], MID_YEAR_REVIEW: [-5, 5] });
  const pledge = await makePledge(cycle.id, 1, "LOCKED");

  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider })),
    OTHER_AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bdv.id }),
    FORMER_MEMBER_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: formerMember.id }),
  };
  return { db, blocA, blocB, btg, bdv, btc, formerMember, outsider, cycle, pledge, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** The audit rows of one entity, oldest first. */
export function auditOf(entity: string, entityId?: string) {
  return auditRows(testDb(), entity, entityId);
}
