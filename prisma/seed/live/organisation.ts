// The live demo's blocs and their year — the current calendar year in Vietnam — before any
// account or score refers to them (docs/decisions/0005): the two invented provincial blocs, each
// live bloc's members, head and deputy, its cycle with phases placed around today, and its
// criteria table. Re-running on a later day moves the phases; everything else is upserted.
import { CAN_THO_BLOC } from "../can-tho";
import { CENTRAL, CITY, PROVINCE, upsertWorkedTable, type Place } from "../criteria";
import type { CatalogueScope } from "../award-forms";
import { upsertCycle } from "../cycle";
import { TRUNG_UONG_AGENCIES, TRUNG_UONG_BLOC } from "../trung-uong";
import { idOf, setMemberships, upsertAgencies, upsertBloc, upsertOfficerTerm, upsertProvince, vnTime, yearTerm, type Tx } from "../util";
import { addDays, livePhaseDates, livePhases, windowOf, type LiveStage } from "./calendar";
import { NINH_BINH, QUANG_NGAI, type NewBloc } from "./new-blocs";
import { liveToday, liveYear } from "./today";

export interface LiveBloc {
  code: string;
  stage: LiveStage;
  catalogue: CatalogueScope;
  place: Place;
  members: string[];
  head: string;
  deputy: string;
}

/** Which bloc shows which stage today. */
export const LIVE_BLOCS: LiveBloc[] = [
  // Cần Thơ keeps its 2021 facts (seed 000); its live year has the five members left after the
  // 2025 merger (prisma/seed/can-tho.ts). DEMO: the head and deputy of the live year.
  {
    code: CAN_THO_BLOC,
    stage: "SELF_SCORING",
    catalogue: "city",
    place: CITY,
    members: ["CT-BTGDV", "CT-BNC", "CT-BTC", "CT-UBKT", "CT-VP"],
    head: "CT-BTGDV",
    deputy: "CT-BTC",
  },
  {
    code: QUANG_NGAI.code,
    stage: "VERIFICATION",
    catalogue: "province",
    place: PROVINCE,
    members: QUANG_NGAI.agencies.map((a) => a.code),
    head: QUANG_NGAI.head,
    deputy: QUANG_NGAI.deputy,
  },
  // The central bloc keeps seed 004's fourteen members. DEMO: Ban Tổ chức TW as Khối trưởng (as
  // the 2019 decision in trung-uong.ts), Học viện CTQG Hồ Chí Minh as deputy.
  {
    code: TRUNG_UONG_BLOC,
    stage: "CONFERENCE",
    catalogue: "central",
    place: CENTRAL,
    members: TRUNG_UONG_AGENCIES.map((a) => a.code),
    head: "TW-BTC",
    deputy: "TW-HVCTQG",
  },
  {
    code: NINH_BINH.code,
    stage: "NOMINATION",
    catalogue: "province",
    place: PROVINCE,
    members: NINH_BINH.agencies.map((a) => a.code),
    head: NINH_BINH.head,
    deputy: NINH_BINH.deputy,
  },
];

export function liveBloc(code: string): LiveBloc {
  const b = LIVE_BLOCS.find((x) => x.code === code);
  if (!b) throw new Error(`seed: ${code} không phải khối của bản demo`);
  return b;
}

// DEMO: the instruments in force in the live year (docs/decisions/0005: the law of 2022, NĐ 152/2025 and
// TT 15/2025 since mid-2025, Chỉ thị 41-CT/TW of 26/12/2024).
const LEGAL_BASES = [
  "Luật Thi đua, khen thưởng số 06/2022/QH15",
  "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ",
  "Thông tư số 15/2025/TT-BNV ngày 04/8/2025 của Bộ Nội vụ",
  "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị",
];

export async function upsertNewBloc(tx: Tx, b: NewBloc): Promise<void> {
  const provinceId = await upsertProvince(tx, b.province);
  await upsertAgencies(tx, provinceId, b.agencies);
  await upsertBloc(tx, { code: b.code, name: b.name, level: "PROVINCE", provinceId, organiser: b.organiser, isDemoData: true });
}

export async function seedLiveOrganisation(tx: Tx): Promise<void> {
  const today = liveToday();
  // The provinces are upserted by code, so this agrees with (and does not need) a provinces step.
  await upsertNewBloc(tx, QUANG_NGAI);
  await upsertNewBloc(tx, NINH_BINH);
  for (const b of LIVE_BLOCS) await seedLiveYear(tx, b, today);
}

/**
 * One live bloc's year (the year of `today`): its members, its cycle with `b.stage` open on
 * `today`, head and deputy, and its locked criteria table. The bloc and its agencies must exist.
 * Also builds the end-to-end tests' own live blocs (tests/e2e/worlds.ts).
 */
export async function seedLiveYear(tx: Tx, b: LiveBloc, today: string): Promise<void> {
  const year = liveYear(today);
  const bloc = await tx.bloc.findUniqueOrThrow({ where: { code: b.code }, select: { id: true } });
  const rows = await tx.agency.findMany({ where: { code: { in: b.members } }, select: { id: true, code: true } });
  const ids = new Map(rows.map((a) => [a.code, a.id]));
  await setMemberships(
    tx,
    bloc.id,
    year,
    b.members.map((c) => idOf(ids, c)),
  );
  const dates = livePhaseDates(year, today, b.stage);
  await upsertCycle(tx, {
    blocId: bloc.id,
    year,
    catalogue: b.catalogue,
    isDemoData: true,
    scoringMode: "VERIFICATION",
    theme: `Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ chính trị năm ${year}`, // DEMO
    legalBases: LEGAL_BASES,
    phases: livePhases(year, today, b.stage),
  });
  // DEMO: elected at the previous year's conference, for the whole year.
  const term = { ...yearTerm(year), method: "ELECTED" as const, decisionRef: `Biên bản Hội nghị tổng kết năm ${year - 1}`, isDemoData: true };
  await upsertOfficerTerm(tx, bloc.id, { ...term, role: "HEAD", agencyId: idOf(ids, b.head) });
  await upsertOfficerTerm(tx, bloc.id, { ...term, role: "DEPUTY", agencyId: idOf(ids, b.deputy) });
  // DEMO: the table was locked the evening before self-scoring opened.
  const lockedOn = addDays(windowOf(dates, "SELF_SCORING").opensOn, -1);
  const [y, m, d] = lockedOn.split("-").map(Number);
  await upsertWorkedTable(tx, b.code, year, b.place, { lockedAt: vnTime(y!, m!, d!, 17) });
}
