import "server-only";
import type { PledgeStatus } from "@/lib/domain/pledge";
import { parseYearRules, type YearRules } from "@/lib/domain/year-rules";
import { db } from "@/lib/server/db";

/**
 * Small lookups answering "where does this belong": the bloc, year and cycle of a cycle, a
 * criteria table or a pledge, a bloc's own record, an agency's membership of a bloc-year. Read
 * from the database (never from the form), one query each (memberScope: two); null when nothing
 * is there, which `authorize` turns into NOT_FOUND. A cycle's rules are parsed here, once.
 */

/** The NOT_FOUND message of a cycle that is missing or out of reach. */
export const CYCLE_NOT_FOUND = "Không tìm thấy năm thi đua này.";

export interface CycleScope {
  id: string;
  blocId: string;
  year: number;
  scoringMode: string;
  updatedAt: Date;
  /** Cycle.rules, parsed once here (lib/domain/year-rules). */
  rules: YearRules;
}

const CYCLE_SCOPE = { id: true, blocId: true, year: true, scoringMode: true, updatedAt: true, rules: true } as const;

export async function cycleScope(cycleId: string): Promise<CycleScope | null> {
  const row = await db().cycle.findUnique({ where: { id: cycleId }, select: CYCLE_SCOPE });
  return row && { ...row, rules: parseYearRules(row.rules) };
}

/** The cycle a criteria table belongs to. */
export async function tableCycleScope(tableId: string): Promise<CycleScope | null> {
  const table = await db().criteriaTable.findUnique({ where: { id: tableId }, select: { cycle: { select: CYCLE_SCOPE } } });
  return table ? { ...table.cycle, rules: parseYearRules(table.cycle.rules) } : null;
}

export interface BlocScope {
  blocId: string;
  code: string;
  provinceId: string | null;
  provinceCode: string | null;
}

export async function blocScope(blocId: string): Promise<BlocScope | null> {
  const row = await db().bloc.findUnique({ where: { id: blocId }, select: { id: true, code: true, provinceId: true, province: { select: { code: true } } } });
  return row && { blocId: row.id, code: row.code, provinceId: row.provinceId, provinceCode: row.province?.code ?? null };
}

export interface PledgeScope {
  id: string;
  cycleId: string;
  blocId: string;
  year: number;
  version: number;
  status: PledgeStatus;
}

export async function pledgeScope(pledgeId: string): Promise<PledgeScope | null> {
  const row = await db().pledge.findUnique({
    where: { id: pledgeId },
    select: { id: true, cycleId: true, version: true, status: true, cycle: { select: { blocId: true, year: true } } },
  });
  return row && { id: row.id, cycleId: row.cycleId, blocId: row.cycle.blocId, year: row.cycle.year, version: row.version, status: row.status };
}

/** An agency in a year of a bloc it is a member of (registrations, nominations). */
export interface MemberScope {
  cycleId: string;
  blocId: string;
  blocCode: string;
  year: number;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  cycle: CycleScope;
}

/** The cycle's bloc and year with the agency, or null when the cycle is missing or the agency is not a member that year. Two queries. */
export async function memberScope(cycleId: string, agencyId: string): Promise<MemberScope | null> {
  const row = await db().cycle.findUnique({ where: { id: cycleId }, select: { ...CYCLE_SCOPE, bloc: { select: { code: true } } } });
  if (!row) return null;
  const { bloc, rules, ...rest } = row;
  const cycle = { ...rest, rules: parseYearRules(rules) };
  const member = await db().membership.findUnique({
    where: { blocId_agencyId_year: { blocId: cycle.blocId, agencyId, year: cycle.year } },
    select: { agency: { select: { code: true, name: true } } },
  });
  if (!member) return null;
  return {
    cycleId: cycle.id,
    blocId: cycle.blocId,
    blocCode: bloc.code,
    year: cycle.year,
    agencyId,
    agencyCode: member.agency.code,
    agencyName: member.agency.name,
    cycle,
  };
}
