// Shared helpers for the seed: dates, and idempotent upserts of the
// organisation (provinces, agencies, blocs, memberships, officer terms).
// Every helper upserts by a natural key, so running the seed twice changes
// nothing (see prisma/seed.ts).
import type { AgencyType, Level, OfficerRole, Prisma, SelectionMethod } from "../../lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** A `@db.Date` value: UTC midnight of the calendar day. */
export function d(y: number, m: number, day: number): Date {
  return new Date(Date.UTC(y, m - 1, day));
}

/** A timestamp given in Vietnam time (UTC+7), e.g. "chiều 14/4/2021" → 15:00. */
export function vnTime(y: number, m: number, day: number, hour: number, minute = 0): Date {
  return new Date(Date.UTC(y, m - 1, day, hour - 7, minute));
}

export interface ProvinceSeed {
  code: string;
  name: string;
}

export async function upsertProvince(tx: Tx, p: ProvinceSeed): Promise<string> {
  const row = await tx.province.upsert({
    where: { code: p.code },
    create: p,
    update: { name: p.name },
  });
  return row.id;
}

export interface AgencySeed {
  code: string;
  name: string;
  shortName: string;
  type: AgencyType;
  establishedOn?: Date | null;
  dissolvedOn?: Date | null;
  /** True when the article does not name this agency (a `// DEMO:` member). */
  isDemoData?: boolean;
}

/** Upserts agencies of one province (null = central) and returns code → id. */
export async function upsertAgencies(tx: Tx, provinceId: string | null, agencies: AgencySeed[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const a of agencies) {
    const data = {
      name: a.name,
      shortName: a.shortName,
      type: a.type,
      provinceId,
      establishedOn: a.establishedOn ?? null,
      dissolvedOn: a.dissolvedOn ?? null,
      isDemoData: a.isDemoData ?? false,
    };
    const row = await tx.agency.upsert({ where: { code: a.code }, create: { code: a.code, ...data }, update: data });
    ids.set(a.code, row.id);
  }
  return ids;
}

/** Looks a code up in a map built by upsertAgencies; a typo fails loudly. */
export function idOf(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`seed: không có cơ quan mã ${code}`);
  return id;
}

export interface BlocSeed {
  code: string;
  name: string;
  level: Level;
  provinceId: string | null;
  organiser: string;
  isDemoData?: boolean;
}

export async function upsertBloc(tx: Tx, b: BlocSeed): Promise<string> {
  const data = {
    name: b.name,
    kind: "KHOI" as const,
    level: b.level,
    provinceId: b.provinceId,
    organiser: b.organiser,
    isDemoData: b.isDemoData ?? false,
  };
  const row = await tx.bloc.upsert({ where: { code: b.code }, create: { code: b.code, ...data }, update: data });
  return row.id;
}

/** Makes the bloc's member list for `year` exactly `agencyIds` (whole year). */
export async function setMemberships(tx: Tx, blocId: string, year: number, agencyIds: string[]): Promise<void> {
  await tx.membership.deleteMany({ where: { blocId, year, agencyId: { notIn: agencyIds } } });
  for (const agencyId of agencyIds) {
    await tx.membership.upsert({
      where: { blocId_agencyId_year: { blocId, agencyId, year } },
      create: { blocId, agencyId, year },
      update: { joinedOn: null, leftOn: null },
    });
  }
}

export interface OfficerTermSeed {
  agencyId: string;
  role: OfficerRole;
  startsOn: Date;
  endsOn: Date;
  method: SelectionMethod;
  decisionRef?: string | null;
  personName?: string | null;
  handoverOn?: Date | null;
  /** Required so every call site says whether holder, method or dates are invented. */
  isDemoData: boolean;
}

/**
 * OfficerTerm has no natural key. A term with the same role and dates is
 * updated in place; otherwise any overlapping term of that role is removed
 * first, because a trigger forbids overlaps (migration, edge case 29).
 */
export async function upsertOfficerTerm(tx: Tx, blocId: string, t: OfficerTermSeed): Promise<void> {
  const data = {
    agencyId: t.agencyId,
    method: t.method,
    decisionRef: t.decisionRef ?? null,
    personName: t.personName ?? null,
    handoverOn: t.handoverOn ?? null,
    isDemoData: t.isDemoData,
  };
  const same = await tx.officerTerm.findFirst({
    where: { blocId, role: t.role, startsOn: t.startsOn, endsOn: t.endsOn },
  });
  if (same) {
    await tx.officerTerm.update({ where: { id: same.id }, data });
    return;
  }
  await tx.officerTerm.deleteMany({
    where: { blocId, role: t.role, startsOn: { lte: t.endsOn }, endsOn: { gte: t.startsOn } },
  });
  await tx.officerTerm.create({ data: { blocId, role: t.role, startsOn: t.startsOn, endsOn: t.endsOn, ...data } });
}

/** A whole-year term, the usual case (one-year terms: docs/domain/roles.md#head-selection). */
export function yearTerm(year: number): { startsOn: Date; endsOn: Date } {
  return { startsOn: d(year, 1, 1), endsOn: d(year, 12, 31) };
}
