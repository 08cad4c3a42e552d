// What every live step reads first: the bloc's live cycle with its phases as stored, its member
// agencies, its locked criteria table as the scoring engine sees it, and the demo accounts.
import type { PhaseDates } from "../../../lib/domain/calendar";
import type { PhaseKey } from "../../../lib/domain/cycle-phase";
import type { CriterionDef, CriterionType } from "../../../lib/domain/scoring/types";
import type { AgencyType } from "../../../lib/generated/prisma/client";
import { DEMO_EMAIL_DOMAIN } from "../users";
import { vnTime, type Tx } from "../util";
import { liveToday, liveYear } from "./today";

export interface LiveAgency {
  id: string;
  code: string;
  name: string;
  type: AgencyType;
}

export interface LiveCriterion extends CriterionDef {
  name: string;
  evidenceRequired: boolean;
  levels: { order: number; points: number }[];
}

export interface LiveCycle {
  id: string;
  blocId: string;
  blocCode: string;
  year: number;
  today: string;
  phases: PhaseDates[];
  /** Member agencies of the year, by code. */
  agencies: Map<string, LiveAgency>;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

export async function loadLiveCycle(tx: Tx, blocCode: string): Promise<LiveCycle> {
  const today = liveToday();
  const year = liveYear(today);
  const cycle = await tx.cycle.findFirst({
    where: { year, bloc: { code: blocCode } },
    select: { id: true, blocId: true, phases: { select: { key: true, opensOn: true, closesOn: true } } },
  });
  if (!cycle) throw new Error(`seed: chưa có năm thi đua ${year} của khối ${blocCode}`);
  const members = await tx.membership.findMany({
    where: { blocId: cycle.blocId, year },
    select: { agency: { select: { id: true, code: true, name: true, type: true } } },
  });
  return {
    id: cycle.id,
    blocId: cycle.blocId,
    blocCode,
    year,
    today,
    phases: cycle.phases.map((p) => ({ key: p.key as PhaseKey, opensOn: iso(p.opensOn), closesOn: iso(p.closesOn) })),
    agencies: new Map(members.map((m) => [m.agency.code, m.agency])),
  };
}

export function agencyOf(cycle: LiveCycle, code: string): LiveAgency {
  const a = cycle.agencies.get(code);
  if (!a) throw new Error(`seed: ${code} không phải thành viên khối ${cycle.blocCode} năm ${cycle.year}`);
  return a;
}

export function phaseOf(cycle: LiveCycle, key: PhaseKey): { opensOn: string; closesOn: string } {
  const p = cycle.phases.find((x) => x.key === key);
  if (!p) throw new Error(`seed: thiếu giai đoạn ${key} của khối ${cycle.blocCode}`);
  return p;
}

/**
 * A moment on `day` in Vietnam time, never later than now and never later than the seed's today:
 * the live data happened in the past, on the day the story says.
 */
export function moment(cycle: LiveCycle, day: string, hour: number, minute = 0): Date {
  const d = day > cycle.today ? cycle.today : day;
  const [y, m, dd] = d.split("-").map(Number);
  const t = vnTime(y!, m!, dd!, hour, minute);
  return t.getTime() > Date.now() ? new Date(Date.now() - 60_000) : t;
}

/**
 * The cycle's latest LOCKED table, as the scoring engine and the self-scoring rules read it; null
 * (with a warning) when there is none — e.g. the year's own table is still a draft — and then the
 * bloc's live activity is skipped rather than the whole seed failing.
 */
export async function loadLockedTable(tx: Tx, cycle: LiveCycle): Promise<{ id: string; criteria: LiveCriterion[] } | null> {
  const table = await tx.criteriaTable.findFirst({
    where: { cycleId: cycle.id, status: "LOCKED" },
    orderBy: { version: "desc" },
    include: { criteria: { orderBy: [{ order: "asc" }, { code: "asc" }], include: { levels: { orderBy: { order: "asc" } } } } },
  });
  if (!table) {
    console.warn(`seed: ${cycle.blocCode} ${cycle.year} chưa có bảng tiêu chí đã khóa — bỏ qua dữ liệu chấm điểm minh họa.`);
    return null;
  }
  return {
    id: table.id,
    criteria: table.criteria.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      parentId: c.parentId,
      type: c.type as CriterionType,
      maxPoints: c.maxPoints.toNumber(),
      minPoints: c.minPoints.toNumber(),
      floorPct: num(c.floorPct),
      allowNA: c.allowNA,
      useLeaderFormula: c.useLeaderFormula,
      pointsPerUnit: num(c.pointsPerUnit),
      cap: num(c.cap),
      evidenceRequired: c.evidenceRequired,
      levels: c.levels.map((l) => ({ order: l.order, points: l.points.toNumber() })),
    })),
  };
}

/** Demo accounts by email (they are seeded before the live activity). */
export async function userIds(tx: Tx, emails: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.user.findMany({ where: { email: { in: [...emails] } }, select: { id: true, email: true } });
  const map = new Map(rows.map((u) => [u.email, u.id]));
  for (const e of emails) if (!map.has(e)) throw new Error(`seed: chưa có tài khoản demo ${e}`);
  return map;
}

export const demoEmail = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;
