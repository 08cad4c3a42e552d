import type { PhaseKey, Prisma, PrismaClient, Role } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeBloc, makeMembership, makeProvince, makeRoleUser, uniq, type RoleScope } from "../../factories";

export { makeRoleUser, type RoleScope };

/** Puts a bloc in a new province and returns the province's id. */
async function makeProvinceOf(db: PrismaClient, blocId: string): Promise<string> {
  const province = await makeProvince(db, { name: "Tỉnh của khối A" });
  await db.bloc.update({ where: { id: blocId }, data: { provinceId: province.id } });
  return province.id;
}

/**
 * The parts the integration worlds share: two blocs (A with its members, B with one outsider),
 * one user per role, phase windows placed around today, and the usual assertions. Each
 * tests/integration/<area>/world.ts keeps what is its own (extra users, phases, tables, rules).
 */

export type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND";

/** Bloc A's usual members: the "own" agency (BTG) and another agency of the same bloc (BDV). */
const BTG_BDV = ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy"] as const;

/**
 * Bloc A with one membership in `year` per name in `members` (BTG and BDV unless told; created
 * one by one, in that order), and bloc B with the agency `outsider` as its member. `blocA` /
 * `agency` override the rows' defaults (the outsider keeps them).
 */
export async function makeTwoBlocs<const N extends readonly string[] = typeof BTG_BDV>(
  db: PrismaClient,
  opts: {
    year: number;
    members?: N;
    outsider: string;
    blocA?: Partial<Prisma.BlocUncheckedCreateInput>;
    agency?: Partial<Prisma.AgencyUncheckedCreateInput>;
  },
) {
  const [blocA, blocB] = await Promise.all([makeBloc(db, opts.blocA), makeBloc(db)]);
  const members = [];
  for (const name of opts.members ?? BTG_BDV) members.push(await makeAgency(db, { name, ...opts.agency }));
  for (const a of members) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: opts.year });
  const outsider = await makeAgency(db, { name: opts.outsider });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: opts.year });
  type Agency = (typeof members)[number];
  return { blocA, blocB, members: members as { [K in keyof N]: Agency }, outsider };
}

type StandardUsers = Record<
  "ADMIN" | "COUNCIL" | "OTHER_COUNCIL" | "SECRETARY" | "CHAIR" | "OBSERVER" | "AGENCY_LEADER" | "AGENCY_OFFICER" | "OTHER_SECRETARY" | "OTHER_OFFICER",
  string
>;
export type StandardWho = keyof StandardUsers;

/**
 * One user per role of bloc A (agency roles on `agencyA`), bloc B's secretary and an officer of
 * bloc B's member. `as` gives some of them a fixed name or another own agency (e.g. a chair who
 * works at a member agency). Worlds add their own extra users next to these.
 */
export async function makeStandardUsers(
  db: PrismaClient,
  w: {
    blocA: { id: string };
    blocB: { id: string };
    agencyA: { id: string };
    outsider: { id: string };
    as?: Partial<Record<StandardWho, { name?: string; agencyId?: string }>>;
  },
): Promise<StandardUsers> {
  const user = (who: StandardWho, role: Role, scope: RoleScope = {}) => makeRoleUser(db, role, scope, w.as?.[who]);
  // Council staff of bloc A's province (one is made when bloc A has none) and of another province.
  const blocA = await db.bloc.findUniqueOrThrow({ where: { id: w.blocA.id }, select: { provinceId: true } });
  const provinceId = blocA.provinceId ?? (await makeProvinceOf(db, w.blocA.id));
  const otherProvince = await db.province.create({ data: { code: uniq("TINH-"), name: "Tỉnh khác" } });
  return {
    ADMIN: await user("ADMIN", "ADMIN"),
    COUNCIL: await user("COUNCIL", "COUNCIL_STAFF", { provinceId }),
    OTHER_COUNCIL: await user("OTHER_COUNCIL", "COUNCIL_STAFF", { provinceId: otherProvince.id }),
    SECRETARY: await user("SECRETARY", "SECRETARY", { blocId: w.blocA.id }),
    CHAIR: await user("CHAIR", "CHAIR", { blocId: w.blocA.id }),
    OBSERVER: await user("OBSERVER", "OBSERVER", { blocId: w.blocA.id }),
    AGENCY_LEADER: await user("AGENCY_LEADER", "AGENCY_LEADER", { agencyId: w.agencyA.id }),
    AGENCY_OFFICER: await user("AGENCY_OFFICER", "AGENCY_OFFICER", { agencyId: w.agencyA.id }),
    OTHER_SECRETARY: await user("OTHER_SECRETARY", "SECRETARY", { blocId: w.blocB.id }),
    OTHER_OFFICER: await user("OTHER_OFFICER", "AGENCY_OFFICER", { agencyId: w.outsider.id }),
  };
}

/**
 * What each role gets from a use case that changes bloc A's set-up: its secretary and chair may;
 * the others of bloc A (and council staff) see it but may not; users of bloc B, and council staff
 * of another province, do not see it. `council: "ok"` for the set-up steps council staff also do
 * (members, officers, the year and its calendar). `forbidden` / `notFound` add a world's extra
 * users of bloc A / bloc B.
 */
export function manageOutcomes<W extends string>(extra: { forbidden?: W[]; notFound?: W[]; council?: "ok" } = {}): [W | StandardWho, Outcome][] {
  const council: Outcome = extra.council ?? "FORBIDDEN";
  return [
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["ADMIN", council],
    ["COUNCIL", council],
    ["OTHER_COUNCIL", "NOT_FOUND"],
    ["OBSERVER", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
    ...(extra.forbidden ?? []).map((who): [W, Outcome] => [who, "FORBIDDEN"]),
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ...(extra.notFound ?? []).map((who): [W, Outcome] => [who, "NOT_FOUND"]),
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
}

/** A calendar day `offset` days from today in Vietnam, as the @db.Date value phases hold. */
export function dayFromToday(offset: number): Date {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** The phase `key` of a cycle from `window[0]` to `window[1]` days from today; null removes it. */
export async function setPhaseWindow(db: PrismaClient, cycleId: string, key: PhaseKey, window: [number, number] | null) {
  await db.cyclePhase.deleteMany({ where: { cycleId, key } });
  if (window) await db.cyclePhase.create({ data: { cycleId, key, opensOn: dayFromToday(window[0]), closesOn: dayFromToday(window[1]) } });
}

/** The audit rows of one entity (optionally one row of it), oldest first. */
export function auditRows(db: PrismaClient, entity: string, entityId?: string) {
  return db.auditLog.findMany({ where: { entity, ...(entityId ? { entityId } : {}) }, orderBy: { at: "asc" } });
}

/** Awaits `p` and returns its error when it was refused with `code`; fails otherwise. */
export async function expectRefused(p: Promise<unknown>, code: string) {
  try {
    await p;
  } catch (e) {
    if ((e as { code?: string }).code === code) return e as { code: string; message: string; fieldErrors?: Record<string, string[]> };
    throw e;
  }
  throw new Error(`expected ${code}, but it succeeded`);
}
