import ExcelJS from "exceljs";
import { PERSON_COLUMNS, PERSON_SHEET_NAME } from "@/lib/domain/people/person-import";
import { makeCycle } from "../../factories";
import { makeStandardUsers, makeTwoBlocs, makeRoleUser } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";
import { nominationPhase } from "../awards/world";

export const YEAR = 2026;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Bloc A (2026, NOMINATION open) with BTG (the own agency) and BDV; bloc B with "outsider".
 * Catalogue of A: BK_CN, an individual Bằng khen needing 3 consecutive years of CSTĐCS
 * (2024–2026) and no registration or pledge, and TTLDXS (collective). Phạm Thị Hồng works at BTG
 * (born 1980); Trần Văn Nam at BDV. One user per role, and a leader of BDV.
 */
async function buildWorld() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: YEAR, outsider: "Sở Tư pháp" });
  const [btg, bdv] = members;
  const [cycleA] = await Promise.all([makeCycle(db, { blocId: blocA.id, year: YEAR }), makeCycle(db, { blocId: blocB.id, year: YEAR })]);
  await nominationPhase(cycleA.id, true);
  const base = {
    cycleId: cycleA.id,
    authorityKind: "PROVINCE_CHAIR" as const,
    authorityName: "Chủ tịch UBND tỉnh",
    requiresRegistration: false,
    requiresPledge: false,
  };
  const bk = await db.awardForm.create({
    data: { ...base, code: "BK_CN", name: "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", target: "INDIVIDUAL", recordYears: 3, recordCodes: ["CSTDCS"] },
  });
  const ttldxs = await db.awardForm.create({ data: { ...base, code: "TTLDXS", name: "Tập thể lao động xuất sắc", target: "COLLECTIVE" } });
  const hong = await db.person.create({
    data: { name: "Phạm Thị Hồng", birthYear: 1980, agencies: { create: { agencyId: btg.id, position: "Chuyên viên" } } },
  });
  const nam = await db.person.create({ data: { name: "Trần Văn Nam", agencies: { create: { agencyId: bdv.id } } } });
  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider })),
    OTHER_AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bdv.id }),
  };
  return { db, blocA, blocB, btg, bdv, outsider, cycleA, forms: { bk, ttldxs }, hong, nam, users };
}

export const world = reusableWorld(buildWorld);
export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** An .xlsx of the template's sheet with these rows (headings as given). */
export async function peopleFile(rows: Partial<Record<(typeof PERSON_COLUMNS)[number], string | number>>[], headings: readonly string[] = PERSON_COLUMNS) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PERSON_SHEET_NAME);
  ws.addRow([...headings]);
  for (const r of rows) ws.addRow(PERSON_COLUMNS.map((c) => r[c] ?? null));
  return new File([new Uint8Array(await wb.xlsx.writeBuffer())], "lich-su.xlsx", { type: XLSX });
}

export { auditRows, expectRefused } from "../setup/bloc-world";
