// The council overview spec's own province (tests/e2e/council-overview.spec.ts, docs/e2e.md): two
// blocs of this year, one whose every phase has ended with one late item of each kind, one in its
// registration; each acclaimed a leading unit and proposed it for the Cờ thi đua của Chính phủ,
// and the first also proposed a unit it did not acclaim. The council's cap is 50 % (1 of 2).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addDays } from "../../lib/domain/membership";
import { makeAgency, makeBloc, makeMembership, makeProvince } from "../factories";

const vietnamToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());

type Phase = [key: string, opensOffset: number, closesOffset: number];
/** Every phase ended, in order, the last one yesterday. */
const ENDED: Phase[] = [
  ["REGISTRATION", -90, -80],
  ["PLEDGE_SIGNING", -79, -70],
  ["SELF_SCORING", -40, -30],
  ["VERIFICATION", -29, -20],
  ["OBJECTION", -19, -15],
  ["CONFERENCE", -14, -10],
  ["NOMINATION", -9, -1],
];

async function blocYear(db: PrismaClient, blocId: string, year: number, today: string, phases: Phase[]) {
  const cycle = await db.cycle.create({ data: { blocId, year } });
  await db.cyclePhase.createMany({
    data: phases.map(([key, from, to]) => ({
      cycleId: cycle.id,
      key: key as never,
      opensOn: new Date(`${addDays(today, from)}T00:00:00Z`),
      closesOn: new Date(`${addDays(today, to)}T00:00:00Z`),
    })),
  });
  const coCp = await db.awardForm.create({
    data: {
      cycleId: cycle.id,
      code: "CO_CP",
      name: "Cờ thi đua của Chính phủ",
      target: "COLLECTIVE",
      authorityKind: "PRIME_MINISTER",
      authorityName: "Thủ tướng Chính phủ",
    },
  });
  return { cycleId: cycle.id, coCpId: coCp.id };
}

/** A closed acclaim vote selecting `agencyId`, on a meeting that is not the year-end conference. */
async function acclaim(db: PrismaClient, cycleId: string, agencyId: string, heldOn: string) {
  const meeting = await db.meeting.create({
    data: { cycleId, kind: "MID_YEAR_REVIEW", heldOn: new Date(`${heldOn}T00:00:00Z`), place: "Hội trường", chairName: "Chủ trì" },
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
      result: { candidates: [{ agencyId, status: "SELECTED" }], outcome: "DECIDED" },
    },
  });
}

async function sendCoCp(db: PrismaClient, cycleId: string, blocId: string, formId: string, agencyId: string, at: Date) {
  const n = await db.nomination.create({ data: { cycleId, awardFormId: formId, target: "COLLECTIVE", agencyId, status: "SENT" } });
  await db.auditLog.create({ data: { action: "nomination.send", entity: "Nomination", entityId: n.id, blocId, at } });
}

export async function councilOverviewWorld(db: PrismaClient, id: string, account: (local: string, provinceId: string) => Promise<string>) {
  const today = vietnamToday();
  const year = Number(today.slice(0, 4));
  const province = await makeProvince(db, { code: `W${id}`, name: `Hà Tĩnh (kiểm thử ${id})` });
  const party = await makeBloc(db, { code: `W${id}-CQD`, name: "Khối thi đua các cơ quan Đảng tỉnh Hà Tĩnh", provinceId: province.id });
  const justice = await makeBloc(db, { code: `W${id}-NC`, name: "Khối thi đua Nội chính tỉnh Hà Tĩnh", provinceId: province.id });
  const agency = async (code: string, name: string, blocId: string) => {
    const a = await makeAgency(db, { code: `W${id}-${code}`, name, shortName: code, provinceId: province.id });
    await makeMembership(db, { blocId, agencyId: a.id, year });
    return a;
  };
  const btc = await agency("BTC", "Ban Tổ chức Tỉnh ủy Hà Tĩnh", party.id);
  const ubkt = await agency("UBKT", "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh", party.id);
  const vp = await agency("VP", "Văn phòng Tỉnh ủy Hà Tĩnh", party.id);
  const ca = await agency("CA", "Công an tỉnh Hà Tĩnh", justice.id);
  await agency("TA", "Tòa án nhân dân tỉnh Hà Tĩnh", justice.id);

  // The Party bloc: Ban Tổ chức did everything; Ủy ban Kiểm tra never registered nor signed;
  // Văn phòng registered and signed but never submitted its self-scoring; the conference was not recorded.
  const p = await blocYear(db, party.id, year, today, ENDED);
  await db.registration.createMany({
    data: [
      { cycleId: p.cycleId, agencyId: btc.id, status: "ACCEPTED" },
      { cycleId: p.cycleId, agencyId: vp.id, status: "ACCEPTED" },
    ],
  });
  const pledge = await db.pledge.create({ data: { cycleId: p.cycleId, version: 1, title: "Giao ước thi đua", status: "SIGNING" } });
  for (const a of [btc, vp]) {
    await db.pledgeSignature.create({
      data: {
        pledgeId: pledge.id,
        agencyId: a.id,
        signerName: "Thủ trưởng",
        signerTitle: "Trưởng ban",
        signedOn: new Date(`${addDays(today, -75)}T00:00:00Z`),
      },
    });
  }
  const table = await db.criteriaTable.create({ data: { cycleId: p.cycleId, version: 1, title: "Bảng tiêu chí", scale: 100, status: "LOCKED" } });
  await db.scoreSheet.create({ data: { cycleId: p.cycleId, tableId: table.id, agencyId: btc.id, status: "VERIFIED" } });
  await db.scoreSheet.create({ data: { cycleId: p.cycleId, tableId: table.id, agencyId: ubkt.id, status: "VERIFIED" } });
  await db.scoreSheet.create({ data: { cycleId: p.cycleId, tableId: table.id, agencyId: vp.id, status: "DRAFT" } });
  await acclaim(db, p.cycleId, btc.id, addDays(today, -12));
  await sendCoCp(db, p.cycleId, party.id, p.coCpId, btc.id, new Date(Date.now() - 5 * 86_400_000));
  await sendCoCp(db, p.cycleId, party.id, p.coCpId, vp.id, new Date(Date.now() - 3 * 86_400_000));

  // The justice bloc: in its registration, nothing late; it acclaimed and proposed the police.
  const j = await blocYear(db, justice.id, year, today, [["REGISTRATION", -5, 10]]);
  await acclaim(db, j.cycleId, ca.id, addDays(today, -30));
  await sendCoCp(db, j.cycleId, justice.id, j.coCpId, ca.id, new Date(Date.now() - 4 * 86_400_000));

  await db.councilYearSetting.create({ data: { provinceId: province.id, year, coCpCapPct: 50, coCpRounding: "FLOOR" } });
  return {
    province: province.name,
    year,
    party: { code: party.code, name: party.name },
    justice: { code: justice.code, name: justice.name },
    staff: await account("hoidong.hatinh", province.id),
  };
}
