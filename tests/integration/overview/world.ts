import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeProvince, makeRoleUser } from "../../factories";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export const YEAR = 2026;
/** Every phase of bloc K1 ended before this day; bloc K2's registration is open. */
export const TODAY = "2026-12-20";
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const PHASES = [
  ["REGISTRATION", "2026-01-05", "2026-01-31"],
  ["PLEDGE_SIGNING", "2026-02-01", "2026-02-28"],
  ["SELF_SCORING", "2026-10-01", "2026-10-31"],
  ["VERIFICATION", "2026-11-01", "2026-11-10"],
  ["OBJECTION", "2026-11-11", "2026-11-20"],
  ["CONFERENCE", "2026-11-21", "2026-11-30"],
  ["NOMINATION", "2026-12-01", "2026-12-15"],
] as const;

/** The year's cycle with its phases, and the two award forms the overview counts. */
export async function blocYear(db: PrismaClient, blocId: string, phases: readonly (readonly [string, string, string])[] = PHASES) {
  const cycle = await makeCycle(db, { blocId, year: YEAR });
  await db.cyclePhase.createMany({
    data: phases.map(([key, opensOn, closesOn]) => ({ cycleId: cycle.id, key: key as never, opensOn: day(opensOn), closesOn: day(closesOn) })),
  });
  const coCp = await db.awardForm.create({
    data: {
      cycleId: cycle.id,
      code: "CO_CP",
      name: "Cờ thi đua của Chính phủ",
      target: "COLLECTIVE",
      authorityKind: "PRIME_MINISTER",
      authorityName: "Thủ tướng Chính phủ",
      order: 1,
    },
  });
  const coTinh = await db.awardForm.create({
    data: {
      cycleId: cycle.id,
      code: "CO_TINH",
      name: "Cờ thi đua của UBND tỉnh",
      target: "COLLECTIVE",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "Chủ tịch UBND tỉnh",
      quotaKind: "COUNT",
      quotaValue: 1,
      order: 2,
    },
  });
  return { cycle, coCp, coTinh };
}

/** A closed acclaim vote of the year's conference that selected `agencyId`. */
export async function acclaim(db: PrismaClient, cycleId: string, agencyId: string) {
  const meeting = await db.meeting.create({
    data: { cycleId, kind: "YEAR_END_CONFERENCE", heldOn: day("2026-11-25"), place: "Hội trường", chairName: "Chủ trì" },
  });
  await db.vote.create({
    data: {
      meetingId: meeting.id,
      kind: "ACCLAIM_LEADER",
      method: "PAPER",
      title: "Suy tôn đơn vị dẫn đầu",
      status: "CLOSED",
      quorumPct: 50,
      thresholdPct: 50,
      thresholdBase: "ALL_MEMBERS",
      result: { candidates: [{ agencyId, status: "SELECTED" }], winners: ["c1"], outcome: "DECIDED" },
    },
  });
}

/** A SENT nomination with the chair's "send" in the audit log at `sentAt`. */
export async function sent(db: PrismaClient, cycleId: string, blocId: string, formId: string, agencyId: string, sentAt: string) {
  const n = await db.nomination.create({ data: { cycleId, awardFormId: formId, target: "COLLECTIVE", agencyId, status: "SENT" } });
  await db.auditLog.create({ data: { action: "nomination.send", entity: "Nomination", entityId: n.id, blocId, at: new Date(sentAt) } });
  return n;
}

/**
 * Province P absorbed province PA; Q is another province; the central level has its own bloc.
 * K1 (P, every phase ended) has three members and one late item of each kind; K2 (PA, its
 * registration open) is on time; KQ (Q) and KTW (central) are other councils' blocs.
 * Cờ CP: K1 acclaimed a1 and proposed a1 (sent first) and a2 (sent third); K2 acclaimed and
 * proposed b1 (sent second). One user per role.
 */
async function buildWorld() {
  const db = testDb();
  const p = await makeProvince(db, { name: "Tỉnh Sông Lam" });
  const pa = await makeProvince(db, { name: "Tỉnh Núi Hồng", mergedIntoId: p.id, mergedOn: day("2025-07-01") });
  const q = await makeProvince(db, { name: "Tỉnh Biển Đông" });

  const k1 = await makeBloc(db, { name: "Khối các cơ quan Đảng", provinceId: p.id });
  const k2 = await makeBloc(db, { name: "Khối Nội chính", provinceId: pa.id });
  const kq = await makeBloc(db, { name: "Khối Văn hóa", provinceId: q.id });
  const ktw = await makeBloc(db, { name: "Khối Trung ương", level: "CENTRAL", provinceId: null });

  const agency = (name: string, provinceId: string | null) => makeAgency(db, { name, provinceId });
  const a1 = await agency("Ban Tổ chức", p.id);
  const a2 = await agency("Ban Tuyên giáo", p.id);
  const a3 = await agency("Văn phòng", p.id);
  const b1 = await agency("Công an tỉnh", pa.id);
  const b2 = await agency("Tòa án tỉnh", pa.id);
  for (const a of [a1, a2, a3]) await makeMembership(db, { blocId: k1.id, agencyId: a.id, year: YEAR });
  for (const a of [b1, b2]) await makeMembership(db, { blocId: k2.id, agencyId: a.id, year: YEAR });

  // K1: one late item of each kind.
  const y1 = await blocYear(db, k1.id);
  await db.registration.createMany({
    data: [
      { cycleId: y1.cycle.id, agencyId: a1.id, status: "ACCEPTED" },
      { cycleId: y1.cycle.id, agencyId: a2.id, status: "RETURNED" },
    ],
  });
  const pledge = await db.pledge.create({ data: { cycleId: y1.cycle.id, version: 1, title: "Giao ước", status: "SIGNING" } });
  await db.pledgeSignature.create({
    data: { pledgeId: pledge.id, agencyId: a1.id, signerName: "Nguyễn Văn A", signerTitle: "Trưởng ban", signedOn: day("2026-02-10") },
  });
  const table = await db.criteriaTable.create({ data: { cycleId: y1.cycle.id, version: 1, title: "Bảng", scale: 100, status: "LOCKED" } });
  const criterion = await db.criterion.create({ data: { tableId: table.id, code: "1", name: "Tiêu chí 1", type: "YES_NO", order: 1, maxPoints: 10 } });
  const sheet1 = await db.scoreSheet.create({ data: { cycleId: y1.cycle.id, tableId: table.id, agencyId: a1.id, status: "VERIFIED" } });
  await db.scoreSheet.create({ data: { cycleId: y1.cycle.id, tableId: table.id, agencyId: a2.id, status: "SUBMITTED" } });
  await db.scoreSheet.create({ data: { cycleId: y1.cycle.id, tableId: table.id, agencyId: a3.id, status: "DRAFT" } });
  const entry = await db.scoreEntry.create({ data: { sheetId: sheet1.id, criterionId: criterion.id, minPoints: 0, maxPoints: 10, selfInput: 1 } });
  await db.objection.create({ data: { entryId: entry.id, agencyId: a1.id, reason: "Đề nghị xem lại điểm tiêu chí 1." } });
  await db.resultPublication.create({ data: { cycleId: y1.cycle.id, version: 1, snapshot: {}, publishedAt: new Date("2026-11-21T03:00:00Z") } });
  await db.nomination.create({ data: { cycleId: y1.cycle.id, awardFormId: y1.coTinh.id, target: "COLLECTIVE", agencyId: a3.id, status: "DRAFT" } });
  // The acclaim vote needs a meeting, which records the conference: K1's conference stays
  // unrecorded by giving the vote's meeting to another kind.
  await acclaim(db, y1.cycle.id, a1.id);
  await db.meeting.updateMany({ where: { cycleId: y1.cycle.id }, data: { kind: "MID_YEAR_REVIEW" } });
  const n1 = await sent(db, y1.cycle.id, k1.id, y1.coCp.id, a1.id, "2026-12-02T02:00:00Z");
  const n3 = await sent(db, y1.cycle.id, k1.id, y1.coCp.id, a2.id, "2026-12-04T02:00:00Z");

  // K2 (absorbed province): registration open, nothing late.
  const y2 = await blocYear(db, k2.id, [["REGISTRATION", "2026-12-01", "2026-12-31"]]);
  await acclaim(db, y2.cycle.id, b1.id);
  const n2 = await sent(db, y2.cycle.id, k2.id, y2.coCp.id, b1.id, "2026-12-03T02:00:00Z");

  await blocYear(db, kq.id);
  await blocYear(db, ktw.id);

  const users = {
    ADMIN: await makeRoleUser(db, "ADMIN"),
    COUNCIL: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: p.id }),
    OTHER_COUNCIL: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: q.id }),
    CENTRAL: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: null }),
    SECRETARY: await makeRoleUser(db, "SECRETARY", { blocId: k1.id }),
    CHAIR: await makeRoleUser(db, "CHAIR", { blocId: k1.id }),
    OBSERVER: await makeRoleUser(db, "OBSERVER", { blocId: k1.id }),
    AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: a1.id }),
    AGENCY_OFFICER: await makeRoleUser(db, "AGENCY_OFFICER", { agencyId: a1.id }),
  };
  return { db, p, pa, q, k1, k2, kq, ktw, a1, a2, a3, b1, b2, n1, n2, n3, users };
}

export const world = reusableWorld(buildWorld);
export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];
export { expectRefused } from "../setup/bloc-world";
