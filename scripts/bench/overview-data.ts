/**
 * The overview benchmark's data set (docs/benchmarks/overview.md): provinces of `blocs` blocs ×
 * `agencies` members in one year, every bloc with each kind of row the council overview reads, in
 * states that make every kind of late item appear somewhere. Deterministic (mulberry32 from
 * scripts/bench/generate.ts, one seed per province): two runs build the same rows. Written with
 * createMany, one call per table and province.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { prng } from "./generate";

export const OVERVIEW_YEAR = 2025;
/** The day the benchmark reads on: every phase of two blocs in three has ended. */
export const OVERVIEW_TODAY = "2025-12-20";

export interface OverviewProvinceSpec {
  tag: string;
  blocs: number;
  agencies: number;
  seed: number;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ENDED: [string, string, string][] = [
  ["REGISTRATION", "2025-01-05", "2025-01-31"],
  ["PLEDGE_SIGNING", "2025-02-01", "2025-02-28"],
  ["EXECUTION", "2025-03-01", "2025-10-31"],
  ["MID_YEAR_REVIEW", "2025-06-15", "2025-07-15"],
  ["SELF_SCORING", "2025-11-01", "2025-11-15"],
  ["VERIFICATION", "2025-11-16", "2025-11-25"],
  ["OBJECTION", "2025-11-26", "2025-11-30"],
  ["CONFERENCE", "2025-12-01", "2025-12-10"],
  ["NOMINATION", "2025-12-11", "2025-12-18"],
];
/** Every third bloc is still nominating. */
const NOMINATING: [string, string, string][] = ENDED.map(([k, o, c]) => [k, o, k === "NOMINATION" ? "2025-12-31" : c]);
const FORMS = [
  { code: "CO_CP", name: "Cờ thi đua của Chính phủ", authorityKind: "PRIME_MINISTER", quotaKind: "NONE", quotaValue: null },
  { code: "CO_TINH", name: "Cờ thi đua của UBND tỉnh", authorityKind: "PROVINCE_CHAIR", quotaKind: "COUNT", quotaValue: 1 },
  { code: "BK_TINH", name: "Bằng khen của Chủ tịch UBND tỉnh", authorityKind: "PROVINCE_CHAIR", quotaKind: "PERCENT_OF_MEMBERS", quotaValue: 20 },
] as const;

/** Every row of one province, by table, in an order that satisfies the foreign keys. */
export function overviewProvince(spec: OverviewProvinceSpec) {
  const rand = prng(spec.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const t = spec.tag;
  const rows = {
    province: [{ id: `op_${t}`, code: `OV-${t}`, name: `Tỉnh tổng quan ${t}` }] as Prisma.ProvinceCreateManyInput[],
    bloc: [] as Prisma.BlocCreateManyInput[],
    agency: [] as Prisma.AgencyCreateManyInput[],
    membership: [] as Prisma.MembershipCreateManyInput[],
    cycle: [] as Prisma.CycleCreateManyInput[],
    cyclePhase: [] as Prisma.CyclePhaseCreateManyInput[],
    awardForm: [] as Prisma.AwardFormCreateManyInput[],
    registration: [] as Prisma.RegistrationCreateManyInput[],
    pledge: [] as Prisma.PledgeCreateManyInput[],
    pledgeSignature: [] as Prisma.PledgeSignatureCreateManyInput[],
    criteriaTable: [] as Prisma.CriteriaTableCreateManyInput[],
    criterion: [] as Prisma.CriterionCreateManyInput[],
    scoreSheet: [] as Prisma.ScoreSheetCreateManyInput[],
    scoreEntry: [] as Prisma.ScoreEntryCreateManyInput[],
    objection: [] as Prisma.ObjectionCreateManyInput[],
    resultPublication: [] as Prisma.ResultPublicationCreateManyInput[],
    meeting: [] as Prisma.MeetingCreateManyInput[],
    vote: [] as Prisma.VoteCreateManyInput[],
    nomination: [] as Prisma.NominationCreateManyInput[],
    auditLog: [] as Prisma.AuditLogCreateManyInput[],
  };
  for (let b = 1; b <= spec.blocs; b++) {
    const k = `${t}_${b}`;
    const blocId = `ob_${k}`;
    const cycleId = `ocy_${k}`;
    rows.bloc.push({
      id: blocId,
      code: `OV-${t}-K${b}`,
      name: `Khối tổng quan ${b} (${t})`,
      level: "PROVINCE",
      provinceId: `op_${t}`,
      organiser: "Ban Thi đua tỉnh",
    });
    rows.cycle.push({ id: cycleId, blocId, year: OVERVIEW_YEAR, scoringMode: b % 4 === 0 ? "CROSS_SCORING" : "VERIFICATION" });
    for (const [key, opensOn, closesOn] of b % 3 === 0 ? NOMINATING : ENDED) {
      rows.cyclePhase.push({ cycleId, key: key as never, opensOn: day(opensOn), closesOn: day(closesOn) });
    }
    for (const [i, f] of FORMS.entries())
      rows.awardForm.push({ id: `oaf_${k}_${f.code}`, cycleId, ...f, target: "COLLECTIVE", authorityName: f.name, order: i });
    const pledgeId = `opl_${k}`;
    const locked = b % 5 === 0;
    rows.pledge.push({ id: pledgeId, cycleId, version: 1, title: "Giao ước thi đua", status: locked ? "LOCKED" : "SIGNING" });
    const tableId = `oct_${k}`;
    rows.criteriaTable.push({ id: tableId, cycleId, version: 1, title: "Bảng tiêu chí", scale: 100, status: "LOCKED" });
    rows.criterion.push({ id: `ocr_${k}`, tableId, code: "1", name: "Tiêu chí", type: "YES_NO", order: 1, maxPoints: 10 });
    if (b % 2 === 0) rows.resultPublication.push({ cycleId, version: 1, snapshot: {} });
    if (b % 4 !== 1) rows.meeting.push({ cycleId, kind: "YEAR_END_CONFERENCE", heldOn: day("2025-12-05"), place: "Hội trường", chairName: "Trưởng khối" });
    const votingMeeting = `omv_${k}`;
    rows.meeting.push({ id: votingMeeting, cycleId, kind: "MID_YEAR_REVIEW", heldOn: day("2025-12-05"), place: "Hội trường", chairName: "Trưởng khối" });
    const leader = `oa_${k}_1`;
    rows.vote.push({
      meetingId: votingMeeting,
      kind: "ACCLAIM_LEADER",
      method: "PAPER",
      title: "Suy tôn đơn vị dẫn đầu",
      status: "CLOSED",
      quorumPct: 50,
      thresholdPct: 50,
      thresholdBase: "ALL_MEMBERS",
      result: { candidates: [{ agencyId: leader, status: "SELECTED" }], outcome: "DECIDED" },
    });
    for (let a = 1; a <= spec.agencies; a++) {
      const agencyId = `oa_${k}_${a}`;
      rows.agency.push({
        id: agencyId,
        code: `OV-${t}-${b}-${a}`,
        name: `Cơ quan ${a} khối ${b} (${t})`,
        shortName: `CQ${a}`,
        type: "BAN_DANG",
        provinceId: `op_${t}`,
      });
      rows.membership.push({ blocId, agencyId, year: OVERVIEW_YEAR });
      const registration = pick(["ACCEPTED", "ACCEPTED", "ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT", null] as const);
      if (registration) rows.registration.push({ cycleId, agencyId, status: registration });
      if (locked || rand() < 0.8) {
        rows.pledgeSignature.push({ pledgeId, agencyId, signerName: "Thủ trưởng", signerTitle: "Trưởng ban", signedOn: day("2025-02-20") });
      }
      const sheetId = `osh_${k}_${a}`;
      rows.scoreSheet.push({ id: sheetId, cycleId, tableId, agencyId, status: pick(["VERIFIED", "VERIFIED", "SUBMITTED", "RETURNED", "DRAFT"] as const) });
      const entryId = `oen_${k}_${a}`;
      rows.scoreEntry.push({ id: entryId, sheetId, criterionId: `ocr_${k}`, minPoints: 0, maxPoints: 10, selfInput: 1 });
      if (rand() < 0.2)
        rows.objection.push({ entryId, agencyId, reason: "Đề nghị xem lại điểm tiêu chí.", status: pick(["OPEN", "ACCEPTED", "REJECTED"] as const) });
      const status = a === 1 ? "SENT" : pick(["SENT", "PROPOSED", "DRAFT", "RETURNED", "REJECTED", null, null] as const);
      if (status) {
        const id = `onm_${k}_${a}`;
        const form = a === 1 || a === 2 ? "CO_CP" : pick(["CO_TINH", "BK_TINH"] as const);
        rows.nomination.push({ id, cycleId, awardFormId: `oaf_${k}_${form}`, target: "COLLECTIVE", agencyId, status });
        if (status === "SENT")
          rows.auditLog.push({ action: "nomination.send", entity: "Nomination", entityId: id, blocId, at: new Date(Date.UTC(2025, 11, 11, 0, b, a)) });
      }
    }
  }
  return rows;
}

/** Writes one province's rows (createMany per table, in foreign-key order). */
export async function loadOverviewProvince(db: PrismaClient, spec: OverviewProvinceSpec): Promise<number> {
  const rows = overviewProvince(spec);
  let count = 0;
  for (const [table, data] of Object.entries(rows)) {
    if (data.length === 0) continue;
    const model = (db as unknown as Record<string, { createMany(args: { data: unknown[] }): Promise<{ count: number }> }>)[table]!;
    count += (await model.createMany({ data })).count;
  }
  return count;
}
