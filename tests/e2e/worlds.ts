// The data each end-to-end spec works on, built for that spec alone (docs/e2e.md): a spec that
// changes a bloc changes its own copy, so the specs pass alone, in any order and twice in a row
// against the same database. The copies come from the seed's own builders (a Kon Tum bloc under a
// fresh code prefix, a live bloc of this year) and tests/factories.ts; every code and e-mail
// carries a fresh id. Worlds are plain data (codes and e-mails), so scripts/e2e.mjs can also build
// them ahead of the server when the database is an embedded PGlite folder the server holds.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient, Role } from "../../lib/generated/prisma/client";
import { PROVINCE, upsertWorkedTable } from "../../prisma/seed/criteria";
import { KON_TUM_AGENCIES, KON_TUM_BLOC, konTumCode, seedKonTum, type KonTumPlacement } from "../../prisma/seed/kon-tum";
import { partyAgencies } from "../../prisma/seed/live/new-blocs";
import { liveBloc, seedLiveYear, upsertNewBloc } from "../../prisma/seed/live/organisation";
import { liveToday } from "../../prisma/seed/live/today";
import { seedTrungUongBallots, seedTrungUongConference } from "../../prisma/seed/live/trung-uong-conference";
import { TRUNG_UONG_AGENCIES, TRUNG_UONG_BLOC } from "../../prisma/seed/trung-uong";
import { upsertAgencies, upsertBloc } from "../../prisma/seed/util";
import { DEMO_PASSWORD } from "../../prisma/seed/users";
import { makeProvince, makeRoleUser, makeUser, type RoleScope } from "../factories";
import { councilOverviewWorld } from "./overview-world";
import { rankingVoteWorld } from "./ranking-vote-world";
import { retentionWorld } from "./retention-world";
import { lockSixtyCriteriaTable, SHORT, SIXTY, submitSixtySheet, type TableShape } from "./sixty-criteria";

/** The e-mail domain of every account a world makes (the seed's are @thiduakhoi.vn). */
const DOMAIN = "e2e.thiduakhoi.vn";
const TX = { timeout: 60_000, maxWait: 30_000 };

/** A fresh id: upper case for codes (bloc codes are [A-Z0-9-]), lower case in e-mails. */
function freshId(): string {
  return randomUUID().replaceAll("-", "").slice(0, 8).toUpperCase();
}

let demoHash: Promise<string> | undefined;
/** Every world account signs in with the demo password (docs/demo-accounts.md); hashed once. */
const passwordHash = () => (demoHash ??= hashPassword(DEMO_PASSWORD));

/** Makes accounts `<local>.<id>@e2e.thiduakhoi.vn` with one role each; returns their e-mails. */
function accounts(db: PrismaClient, id: string) {
  return async (local: string, role: Role, scope: RoleScope, agencyId?: string) => {
    const email = `${local}.${id.toLowerCase()}@${DOMAIN}`;
    await makeRoleUser(db, role, scope, { agencyId, user: { email, passwordHash: await passwordHash() } });
    return email;
  };
}

// ───────────── A copy of Kon Tum (seed 001): 2023 and 2024 with their criteria tables ─────────────

/** The suffixes of Kon Tum's nine member codes (KT-BTC → BTC). */
export type KonTumAgency = "BTC" | "UBKT" | "BTG" | "BDV" | "BNC" | "VP" | "DUK" | "BAO" | "TCT";
const KT_SUFFIXES = KON_TUM_AGENCIES.map((a) => a.code.replace(/^KT-/, "") as KonTumAgency);

export interface KonTumWorld {
  /** The bloc's code: /khoi/<bloc>/2023 … */
  bloc: string;
  /** Member agency codes by seeded suffix (names are the seeded ones, e.g. Ban Tổ chức Tỉnh ủy Kon Tum). */
  agency: Record<KonTumAgency, string>;
  /** Secretary and chair work at Ban Nội chính, the 2024 head, as in the seed. */
  secretary: string;
  chair: string;
  observer: string;
  leader: Record<KonTumAgency, string>;
  officer: Record<KonTumAgency, string>;
}

/** Kon Tum's bloc as seeded (members, 2023 in cross-scoring with its conference, 2024, both tables), under fresh codes and accounts. */
export async function konTumWorld(db: PrismaClient): Promise<KonTumWorld> {
  const id = freshId();
  const at: KonTumPlacement = { prefix: `W${id}`, province: { code: `W${id}`, name: `Kon Tum (kiểm thử ${id})` } };
  const bloc = konTumCode(at, KON_TUM_BLOC);
  await db.$transaction((tx) => seedKonTum(tx, at), TX);
  await db.$transaction(async (tx) => {
    for (const year of [2023, 2024]) await upsertWorkedTable(tx, bloc, year, PROVINCE);
  }, TX);

  const rows = await db.agency.findMany({ where: { code: { startsWith: `${at.prefix}-` } }, select: { id: true, code: true } });
  const agencyId = new Map(rows.map((a) => [a.code, a.id]));
  const blocId = (await db.bloc.findUniqueOrThrow({ where: { code: bloc }, select: { id: true } })).id;
  const account = accounts(db, id);
  const agency = {} as Record<KonTumAgency, string>;
  const leader = {} as Record<KonTumAgency, string>;
  const officer = {} as Record<KonTumAgency, string>;
  for (const suffix of KT_SUFFIXES) {
    agency[suffix] = konTumCode(at, `KT-${suffix}`);
    const scope = { agencyId: agencyId.get(agency[suffix])! };
    leader[suffix] = await account(`lanhdao.${suffix.toLowerCase()}`, "AGENCY_LEADER", scope);
    officer[suffix] = await account(`canbo.${suffix.toLowerCase()}`, "AGENCY_OFFICER", scope);
  }
  return {
    bloc,
    agency,
    secretary: await account("thuky", "SECRETARY", { blocId }, agencyId.get(agency.BNC)),
    chair: await account("truongkhoi", "CHAIR", { blocId }, agencyId.get(agency.BNC)),
    observer: await account("quansat", "OBSERVER", { blocId }),
    leader,
    officer,
  };
}

// ───────────── A live bloc: this year's phases around today (docs/decisions/0005) ─────────────

export interface LiveWorld {
  bloc: string;
  blocName: string;
  year: number;
  /** Member names, by code suffix (BTC, UBKT, BTGDV, BNC, VP, DUK, BAO, TCT). */
  member: Record<string, string>;
  /** Head: Ban Tuyên giáo và Dân vận; deputy: Ban Tổ chức (as Cần Thơ's live year). */
  head: string;
  secretary: string;
  chair: string;
}

/** A provincial Party bloc of eight agencies, its live year in self-scoring with the locked illustrative table. */
export async function liveWorld(db: PrismaClient): Promise<LiveWorld> {
  const id = freshId();
  const prefix = `W${id}`;
  const place = `Tỉnh thử nghiệm ${id}`;
  const agencies = partyAgencies(prefix, place);
  const bloc = {
    code: `${prefix}-CQD`,
    name: `Khối thi đua các cơ quan Đảng ${place}`,
    province: { code: prefix, name: place },
    organiser: `Hội đồng Thi đua – Khen thưởng ${place}`,
    agencies,
    head: `${prefix}-BTGDV`,
    deputy: `${prefix}-BTC`,
  };
  const today = liveToday();
  await db.$transaction(async (tx) => {
    await upsertNewBloc(tx, bloc);
    const members = agencies.map((a) => a.code);
    await seedLiveYear(
      tx,
      { code: bloc.code, stage: "SELF_SCORING", catalogue: "province", place: PROVINCE, members, head: bloc.head, deputy: bloc.deputy },
      today,
    );
  }, TX);
  const blocId = (await db.bloc.findUniqueOrThrow({ where: { code: bloc.code }, select: { id: true } })).id;
  const headId = (await db.agency.findUniqueOrThrow({ where: { code: bloc.head }, select: { id: true } })).id;
  const account = accounts(db, id);
  const name = (code: string) => agencies.find((a) => a.code === code)!.name;
  return {
    bloc: bloc.code,
    blocName: bloc.name,
    year: Number(today.slice(0, 4)),
    member: Object.fromEntries(agencies.map((a) => [a.code.slice(prefix.length + 1), a.name])),
    head: name(bloc.head),
    secretary: await account("thuky", "SECRETARY", { blocId }, headId),
    chair: await account("truongkhoi", "CHAIR", { blocId }, headId),
  };
}

// ───────────── The central bloc's live conference: an open vote with sealed ballots ─────────────

export interface ConferenceWorld {
  bloc: string;
  year: number;
  chair: string;
  /** The leader of Ban Tổ chức, present and not yet voted. */
  voter: string;
}

/**
 * A copy of the central bloc's live year as the seed leaves it (prisma/seed/live/trung-uong-conference.ts):
 * fourteen members, every sheet verified, results published, today's conference with an open secret
 * vote in which nine have voted — their ballots sealed by the seed's code, as the app seals them.
 */
export async function conferenceWorld(db: PrismaClient): Promise<ConferenceWorld> {
  const id = freshId();
  const prefix = `W${id}`;
  const code = (seeded: string) => seeded.replace(/^TW-/, `${prefix}-`);
  const seeded = liveBloc(TRUNG_UONG_BLOC);
  const bloc = { ...seeded, code: code(TRUNG_UONG_BLOC), members: seeded.members.map(code), head: code(seeded.head), deputy: code(seeded.deputy) };
  const today = liveToday();
  await db.$transaction(async (tx) => {
    await upsertAgencies(
      tx,
      null,
      TRUNG_UONG_AGENCIES.map((a) => ({ ...a, code: code(a.code) })),
    );
    await upsertBloc(tx, {
      code: bloc.code,
      name: "Khối thi đua các cơ quan Đảng Trung ương",
      level: "CENTRAL",
      provinceId: null,
      organiser: "Hội đồng Thi đua – Khen thưởng Trung ương",
    });
    await seedLiveYear(tx, bloc, today);
  }, TX);

  // The accounts the conference step names, as world accounts: lanhdao.btc.trunguong → lanhdao.btc.<id>.
  const rows = await db.agency.findMany({ where: { code: { in: bloc.members } }, select: { id: true, code: true } });
  const agencyId = new Map(rows.map((a) => [a.code, a.id]));
  const blocId = (await db.bloc.findUniqueOrThrow({ where: { code: bloc.code }, select: { id: true } })).id;
  const account = accounts(db, id);
  const chair = await account("truongkhoi", "CHAIR", { blocId }, agencyId.get(bloc.head));
  await account("thuky", "SECRETARY", { blocId }, agencyId.get(bloc.head));
  for (const member of bloc.members) {
    await account(`lanhdao.${member.slice(prefix.length + 1).toLowerCase()}`, "AGENCY_LEADER", { agencyId: agencyId.get(member)! });
  }
  const at = { bloc, code, email: (local: string) => `${local.replace(/\.trunguong$/, "")}.${id.toLowerCase()}@${DOMAIN}` };
  await db.$transaction((tx) => seedTrungUongConference(tx, at), TX);
  // Its own transaction, as in the seed: a roll entry and a ballot never share one (docs/decisions/0006).
  await db.$transaction((tx) => seedTrungUongBallots(tx, at), TX);
  return { bloc: bloc.code, year: Number(today.slice(0, 4)), chair, voter: at.email("lanhdao.btc.trunguong") };
}

/** A live bloc whose year applies a table of `shape` (tests/e2e/sixty-criteria.ts), with its Văn phòng and an account maker. */
async function scoringWorld(db: PrismaClient, shape: TableShape) {
  const live = await liveWorld(db);
  const bloc = await db.bloc.findUniqueOrThrow({ where: { code: live.bloc }, select: { id: true, provinceId: true } });
  const cycle = await db.cycle.findUniqueOrThrow({ where: { blocId_year: { blocId: bloc.id, year: live.year } }, select: { id: true } });
  await lockSixtyCriteriaTable(db, cycle.id, shape);
  const id = live.bloc.slice(1, 9);
  const agency = await db.agency.findUniqueOrThrow({ where: { code: live.bloc.replace(/-CQD$/, "-VP") }, select: { id: true, name: true } });
  return { live, id, bloc, cycleId: cycle.id, agency, account: accounts(db, id) };
}

/** Verification opens with self-scoring (a bloc may verify sheets as they come in). */
async function openVerificationWithSelfScoring(db: PrismaClient, cycleId: string) {
  const selfScoring = await db.cyclePhase.findUniqueOrThrow({ where: { cycleId_key: { cycleId, key: "SELF_SCORING" } } });
  await db.cyclePhase.update({ where: { cycleId_key: { cycleId, key: "VERIFICATION" } }, data: { opensOn: selfScoring.opensOn } });
}

// ───────────── The worlds of each spec ─────────────

/** One entry per spec that needs data of its own, named after the spec file. */
export const WORLDS = {
  "bloc-setup": async (db: PrismaClient) => ({ id: freshId(), live: await liveWorld(db) }),
  // A province nobody has used: its council staff start from nothing (the name is unique, so it
  // can be picked from a list by its label).
  "council-rollout": async (db: PrismaClient) => {
    const id = freshId();
    const province = await makeProvince(db, { code: `W${id}`, name: `Lào Cai (kiểm thử ${id})` });
    return { id, province: province.name };
  },
  "criteria-xlsx": liveWorld,
  // A province of its own with two blocs of this year, late items and Cờ CP proposals (tests/e2e/overview-world.ts).
  "council-overview": async (db: PrismaClient) => {
    const id = freshId();
    return councilOverviewWorld(db, id, (local, provinceId) => accounts(db, id)(local, "COUNCIL_STAFF", { provinceId }));
  },
  // A live bloc whose year applies a 60-criterion table; a leader of one member scores on it.
  "self-scoring-sheet": async (db: PrismaClient) => {
    const { live, agency, account } = await scoringWorld(db, SIXTY);
    return { ...live, agencyName: agency.name, leader: await account("lanhdao.vp", "AGENCY_LEADER", { agencyId: agency.id }) };
  },
  // Evidence sent with a progress bar: a live bloc scoring on a short table, a leader of its Văn phòng.
  "evidence-upload": async (db: PrismaClient) => {
    const { live, agency, account } = await scoringWorld(db, SHORT);
    return { ...live, leader: await account("lanhdao.vp", "AGENCY_LEADER", { agencyId: agency.id }) };
  },
  // The main job of each role on a phone: a live bloc scoring on a short table, with a leader of
  // its Văn phòng, an observer and council staff of its province.
  phone: async (db: PrismaClient) => {
    const { live, id, bloc, cycleId, agency, account } = await scoringWorld(db, SHORT);
    // One scenario goes from the leader's sheet to the published ranking without reopening phases.
    await openVerificationWithSelfScoring(db, cycleId);
    return {
      ...live,
      id,
      agencyName: agency.name,
      leader: await account("lanhdao.vp", "AGENCY_LEADER", { agencyId: agency.id }),
      observer: await account("quansat", "OBSERVER", { blocId: bloc.id }),
      council: await account("hoidong", "COUNCIL_STAFF", { provinceId: bloc.provinceId }),
    };
  },
  // A live bloc whose year applies a 60-criterion table, with two members' sheets submitted and
  // verification open: the chair verifies one whole sheet and returns the other.
  "verification-sheet": async (db: PrismaClient) => {
    const { live, cycleId, agency } = await scoringWorld(db, SIXTY);
    await openVerificationWithSelfScoring(db, cycleId);
    const other = await db.agency.findUniqueOrThrow({ where: { code: live.bloc.replace(/-CQD$/, "-BTC") }, select: { id: true, name: true } });
    await submitSixtySheet(db, cycleId, agency.id);
    await submitSixtySheet(db, cycleId, other.id);
    return { ...live, agencyName: agency.name, otherName: other.name };
  },
  // The chair returns Văn phòng's submitted sheet (verification open); Ban Tổ chức has not
  // submitted and self-scoring closes tomorrow, so its leader is owed one reminder.
  notifications: async (db: PrismaClient) => {
    const { live, cycleId, agency, account } = await scoringWorld(db, SHORT);
    await openVerificationWithSelfScoring(db, cycleId);
    const btc = await db.agency.findUniqueOrThrow({ where: { code: live.bloc.replace(/-CQD$/, "-BTC") }, select: { id: true, name: true } });
    await submitSixtySheet(db, cycleId, agency.id);
    const tomorrow = new Date(`${liveToday()}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    await db.cyclePhase.update({ where: { cycleId_key: { cycleId, key: "SELF_SCORING" } }, data: { closesOn: tomorrow } });
    return {
      ...live,
      agencyName: agency.name,
      leader: await account("lanhdao.vp", "AGENCY_LEADER", { agencyId: agency.id }),
      btcLeader: await account("lanhdao.btc", "AGENCY_LEADER", { agencyId: btc.id }),
    };
  },
  // Self-scoring ended two days ago, verification is open: the chair accepts late sheets with a
  // deduction, Văn phòng's leader submits late, the chair verifies and reads the ranking.
  "late-submission": async (db: PrismaClient) => {
    const { live, bloc, cycleId, agency, account } = await scoringWorld(db, SHORT);
    const day = (offset: number) => new Date(Date.parse(`${liveToday()}T00:00:00Z`) + offset * 86_400_000);
    await db.cyclePhase.update({
      where: { cycleId_key: { cycleId, key: "SELF_SCORING" } },
      data: { opensOn: day(-10), closesOn: day(-2), reopenedUntil: null },
    });
    await openVerificationWithSelfScoring(db, cycleId);
    return { ...live, blocId: bloc.id, agencyName: agency.name, leader: await account("lanhdao.vp", "AGENCY_LEADER", { agencyId: agency.id }) };
  },
  // Closing a vote ends it for good: the spec closes its own copy of the demo's open vote.
  "live-demo": conferenceWorld,
  // The chair links the leading-unit vote to the published ranking on a copy of that conference.
  "ranking-vote": async (db: PrismaClient) => rankingVoteWorld(db, await conferenceWorld(db)),
  "cross-scoring": konTumWorld,
  pledge: konTumWorld,
  registration: konTumWorld,
  scoring: konTumWorld,
  // Accounts of its own for the wrong-password tests: failures count towards an account's lock
  // (docs/decisions/0013), so on a shared account they would add up across tests and runs.
  "sign-in-and-dashboard": async (db: PrismaClient) => {
    const account = async (local: string) =>
      (await makeUser(db, { email: `${local}.${freshId().toLowerCase()}@${DOMAIN}`, passwordHash: await passwordHash() })).email;
    return { wrongPassword: await account("sai"), lockout: await account("khoa") };
  },
  "year-end": konTumWorld,
  // Kon Tum 2023: Ban Tổ chức imports a person's past years and proposes them for an individual Bằng khen.
  "people-history": konTumWorld,
  "role-models": konTumWorld,
  // Kon Tum 2023: its conference and four nominations sent, to number (docs/decisions/0044).
  "document-numbers": konTumWorld,
  // Files past their retention period in a province of its own (docs/decisions/0045).
  retention: async (db: PrismaClient) => {
    const id = freshId();
    return retentionWorld(db, id, (provinceId) => accounts(db, id)("hoidong", "COUNCIL_STAFF", { provinceId }));
  },
  // A live bloc (its year not archived) whose secretary writes the year-end report, and council
  // staff of its province for the summary across blocs.
  "year-end-report": async (db: PrismaClient) => {
    const live = await liveWorld(db);
    const bloc = await db.bloc.findUniqueOrThrow({ where: { code: live.bloc }, select: { provinceId: true } });
    const council = await accounts(db, live.bloc.slice(1, 9))("hoidong", "COUNCIL_STAFF", { provinceId: bloc.provinceId });
    return { ...live, council };
  },
  // A live bloc scoring on a short table with a participation line HD (1 point a time, at most 3):
  // its secretary records a contest linked to HD, and Văn phòng's leader finds the points proposed.
  "bloc-activities": async (db: PrismaClient) => {
    const { live, cycleId, agency, account } = await scoringWorld(db, SHORT);
    const table = await db.criteriaTable.findFirstOrThrow({ where: { cycleId }, orderBy: { version: "desc" }, select: { id: true } });
    const group = await db.criterion.findFirstOrThrow({ where: { tableId: table.id, code: "II" }, select: { id: true } });
    await db.criterion.create({
      data: {
        tableId: table.id,
        parentId: group.id,
        code: "HD",
        name: "Tham gia hoạt động chung của Khối",
        type: "COUNT",
        maxPoints: 3,
        pointsPerUnit: 1,
        order: 99,
      },
    });
    return { ...live, agencyName: agency.name, leader: await account("lanhdao.vp", "AGENCY_LEADER", { agencyId: agency.id }) };
  },
  // Two app instances on one database: evidence to upload on a live bloc's sheet, an open vote
  // whose Ban Tổ chức has not voted yet, and an account of its own to lock.
  "two-instances": async (db: PrismaClient) => {
    const { live, agency, account } = await scoringWorld(db, SHORT);
    const leader = await account("lanhdao.vp", "AGENCY_LEADER", { agencyId: agency.id });
    const lockout = (await makeUser(db, { email: `khoa.${freshId().toLowerCase()}@${DOMAIN}`, passwordHash: await passwordHash() })).email;
    return { scoring: { ...live, leader }, conference: await conferenceWorld(db), lockout };
  },
} satisfies Record<string, (db: PrismaClient) => Promise<unknown>>;

export type WorldName = keyof typeof WORLDS;
export type World<K extends WorldName> = Awaited<ReturnType<(typeof WORLDS)[K]>>;
