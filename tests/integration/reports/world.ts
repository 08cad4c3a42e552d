import { KON_TUM_BLOC, konTumCode, seedKonTum } from "../../../prisma/seed/kon-tum";
import { makeBloc, makeProvince, makeRoleUser, uniq } from "../../factories";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export const YEAR = 2023;

/**
 * The seeded Kon Tum bloc (seed 001: nine members, its 2023 conference of 06/02/2024 with all nine
 * present, four nominations sent) under fresh codes, with the rest of a year added on 2023:
 * registrations, a locked pledge signed by eight with mid-year progress, a published ranking and a
 * decision. 2023's calendar is over, so the year is archived until a test reopens a phase. A
 * bloc of another province, with its own council staff and secretary, for the refusals.
 */
async function buildWorld() {
  const db = testDb();
  const id = uniq("R")
    .replace(/[^A-Za-z0-9]/g, "")
    .slice(-8)
    .toUpperCase();
  const at = { prefix: `R${id}`, province: { code: `R${id}`, name: `Kon Tum (kiểm thử ${id})` } };
  await db.$transaction((tx) => seedKonTum(tx, at), { timeout: 60_000, maxWait: 30_000 });
  const bloc = await db.bloc.findUniqueOrThrow({
    where: { code: konTumCode(at, KON_TUM_BLOC) },
    select: { id: true, code: true, name: true, provinceId: true },
  });
  const cycle = await db.cycle.findUniqueOrThrow({ where: { blocId_year: { blocId: bloc.id, year: YEAR } }, select: { id: true } });
  const agencies = await db.agency.findMany({ where: { code: { startsWith: `${at.prefix}-` } }, select: { id: true, code: true, name: true } });
  const agency = (suffix: string) => agencies.find((a) => a.code === `${at.prefix}-${suffix}`)!;
  const form = async (code: string) =>
    db.awardForm.findUniqueOrThrow({ where: { cycleId_code: { cycleId: cycle.id, code } }, select: { id: true, name: true } });
  const [flag, merit] = [await form("CO_TINH"), await form("BK_TINH")];

  await db.registration.create({ data: { cycleId: cycle.id, agencyId: agency("TCT").id, status: "ACCEPTED", titles: { create: [{ awardFormId: flag.id }] } } });
  await db.registration.create({
    data: { cycleId: cycle.id, agencyId: agency("BTC").id, status: "SUBMITTED", titles: { create: [{ awardFormId: merit.id }] } },
  });
  await db.registration.create({ data: { cycleId: cycle.id, agencyId: agency("VP").id, status: "RETURNED", returnReason: "Thiếu chỉ tiêu" } });
  const signers = agencies.filter((a) => !a.code.endsWith("-BAO"));
  const pledge = await db.pledge.create({
    data: {
      cycleId: cycle.id,
      version: 1,
      title: "Giao ước thi đua năm 2023",
      status: "LOCKED",
      lockedAt: new Date("2023-02-20T00:00:00Z"),
      commitments: { create: [1, 2].map((number) => ({ number, text: `Cam kết số ${number}` })) },
      signatures: {
        create: signers.map((a) => ({ agencyId: a.id, signerName: "Người ký", signerTitle: "Trưởng ban", signedOn: new Date("2023-02-20T00:00:00Z") })),
      },
    },
    select: { commitments: { select: { id: true, number: true } } },
  });
  const [first] = pledge.commitments.sort((a, b) => a.number - b.number);
  await db.commitmentProgress.createMany({
    data: [
      { commitmentId: first!.id, agencyId: agency("TCT").id, status: "ACHIEVED" },
      { commitmentId: first!.id, agencyId: agency("BTC").id, status: "ON_TRACK" },
      { commitmentId: first!.id, agencyId: agency("VP").id, status: "AT_RISK" },
    ],
  });
  const row = (rank: number, a: { id: string; name: string }, total: number) => ({
    agencyId: a.id,
    agencyName: a.name,
    shortName: a.name,
    rank,
    label: null,
    needsRunoff: false,
    base: total,
    bonus: 0,
    penalty: 0,
    total,
    bandKey: "XS",
    bandLabel: "Hoàn thành xuất sắc nhiệm vụ",
    vetoed: false,
    cells: {},
    groups: {},
    missingCount: 0,
  });
  await db.resultPublication.create({
    data: {
      cycleId: cycle.id,
      version: 1,
      publishedAt: new Date("2024-01-20T03:00:00Z"),
      snapshot: {
        format: 1,
        version: 1,
        publishedAt: "2024-01-20T03:00:00.000Z",
        table: { id: "t", title: "Bảng tiêu chí", version: 1, scale: 100 },
        criteria: [],
        withoutSheet: [],
        excluded: [],
        rows: [row(1, agency("TCT"), 98.5), row(2, agency("BTC"), 95)],
      },
    },
  });
  const tctFlag = await db.nomination.findFirstOrThrow({ where: { cycleId: cycle.id, agencyId: agency("TCT").id, awardFormId: flag.id } });
  await db.decision.create({
    data: {
      cycleId: cycle.id,
      number: "456/QĐ-UBND",
      issuedOn: new Date("2024-03-15T00:00:00Z"),
      signer: "Chủ tịch UBND tỉnh",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "Chủ tịch UBND tỉnh Kon Tum",
      items: { create: [{ nominationId: tctFlag.id, agencyId: agency("TCT").id, awardFormId: flag.id, outcome: "APPROVED" }] },
    },
  });

  const otherProvince = await makeProvince(db);
  const otherBloc = await makeBloc(db, { provinceId: otherProvince.id });
  const users = {
    ADMIN: await makeRoleUser(db, "ADMIN", {}),
    COUNCIL: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: bloc.provinceId }),
    SECRETARY: await makeRoleUser(db, "SECRETARY", { blocId: bloc.id }),
    CHAIR: await makeRoleUser(db, "CHAIR", { blocId: bloc.id }),
    OBSERVER: await makeRoleUser(db, "OBSERVER", { blocId: bloc.id }),
    AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: agency("TCT").id }),
    OTHER_SECRETARY: await makeRoleUser(db, "SECRETARY", { blocId: otherBloc.id }),
    OTHER_COUNCIL: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: otherProvince.id }),
  };
  return { db, bloc, cycle, province: at.province, otherProvince, otherBloc, agency, flag, merit, users };
}

export const world = reusableWorld(buildWorld);
export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** Reopens the year's last phase until far ahead, so the year is not archived. */
export async function reopenYear(w: World) {
  await w.db.cyclePhase.update({
    where: { cycleId_key: { cycleId: w.cycle.id, key: "NOMINATION" } },
    data: { reopenedUntil: new Date("2099-12-31T00:00:00Z"), reopenReason: "Kiểm thử" },
  });
}
