// Idempotent upserts for one yearly cycle and what hangs off it: phases,
// award catalogue, meetings with attendance, and nominations. Rows with a
// natural key are upserted; rows without one are looked up by content.
import type { AttendanceStatus, MeetingKind, ScoringMode } from "../../lib/generated/prisma/client";
import { awardCatalogue, type CatalogueScope } from "./award-forms";
import type { PhaseSeed } from "./phases";
import type { Tx } from "./util";

export interface CycleSeed {
  blocId: string;
  year: number;
  theme?: string | null;
  movements?: string[];
  legalBases?: string[];
  scoringMode?: ScoringMode;
  isDemoData?: boolean;
  phases: PhaseSeed[];
  catalogue: CatalogueScope;
}

export interface SeededCycle {
  id: string;
  /** AwardForm code → id for this cycle. */
  forms: Map<string, string>;
}

export async function upsertCycle(tx: Tx, c: CycleSeed): Promise<SeededCycle> {
  const data = {
    theme: c.theme ?? null,
    movements: c.movements ?? [],
    legalBases: c.legalBases ?? [],
    scoringMode: c.scoringMode ?? "VERIFICATION",
    isDemoData: c.isDemoData ?? false,
  };
  const cycle = await tx.cycle.upsert({
    where: { blocId_year: { blocId: c.blocId, year: c.year } },
    create: { blocId: c.blocId, year: c.year, ...data },
    update: data,
  });
  for (const p of c.phases) {
    // reopenedUntil / reopenReason belong to the app and are left alone.
    await tx.cyclePhase.upsert({
      where: { cycleId_key: { cycleId: cycle.id, key: p.key } },
      create: { cycleId: cycle.id, ...p },
      update: { opensOn: p.opensOn, closesOn: p.closesOn },
    });
  }
  const forms = new Map<string, string>();
  const catalogue = awardCatalogue(c.catalogue);
  for (const [i, f] of catalogue.entries()) {
    const fields = {
      name: f.name,
      target: f.target,
      authorityKind: f.authorityKind,
      authorityName: f.authorityName,
      isFlag: f.isFlag ?? false,
      quotaKind: f.quotaKind ?? "NONE",
      quotaValue: f.quotaValue ?? null,
      quotaRounding: f.quotaRounding ?? "FLOOR",
      minBand: f.minBand ?? null,
      prerequisiteCodes: f.prerequisiteCodes ?? [],
      prerequisiteWithinYears: f.prerequisiteWithinYears ?? null,
      recordYears: f.record?.years ?? null,
      recordCodes: f.record?.codes ?? [],
      recordMinCode: f.record?.minCode ?? null,
      recordMinCount: f.record?.minCount ?? null,
      order: i + 1,
    };
    const row = await tx.awardForm.upsert({
      where: { cycleId_code: { cycleId: cycle.id, code: f.code } },
      create: { cycleId: cycle.id, code: f.code, ...fields },
      update: fields,
    });
    forms.set(f.code, row.id);
  }
  return { id: cycle.id, forms };
}

export function formId(cycle: SeededCycle, code: string): string {
  const id = cycle.forms.get(code);
  if (!id) throw new Error(`seed: chu kỳ không có hình thức khen thưởng ${code}`);
  return id;
}

export interface AttendanceSeed {
  agencyId: string;
  status?: AttendanceStatus;
  representativeName?: string | null;
}

export interface MeetingSeed {
  cycleId: string;
  kind: MeetingKind;
  heldOn: Date;
  place: string;
  chairName: string;
  secretaryName?: string | null;
  agenda: string[];
  notes?: string | null;
  attendances: AttendanceSeed[];
  /** Required: true when any field (chair, secretary, place, …) is invented. */
  isDemoData: boolean;
}

/** A meeting is identified by (cycle, kind, day); its roll is made exact. */
export async function upsertMeeting(tx: Tx, m: MeetingSeed): Promise<string> {
  const data = {
    place: m.place,
    chairName: m.chairName,
    secretaryName: m.secretaryName ?? null,
    agenda: m.agenda,
    notes: m.notes ?? null,
    isDemoData: m.isDemoData,
  };
  const found = await tx.meeting.findFirst({ where: { cycleId: m.cycleId, kind: m.kind, heldOn: m.heldOn } });
  const meeting = found
    ? await tx.meeting.update({ where: { id: found.id }, data })
    : await tx.meeting.create({ data: { cycleId: m.cycleId, kind: m.kind, heldOn: m.heldOn, ...data } });
  const agencyIds = m.attendances.map((a) => a.agencyId);
  await tx.attendance.deleteMany({ where: { meetingId: meeting.id, agencyId: { notIn: agencyIds } } });
  for (const a of m.attendances) {
    const fields = { status: a.status ?? "PRESENT", representativeName: a.representativeName ?? null, absenceReason: null };
    await tx.attendance.upsert({
      where: { meetingId_agencyId: { meetingId: meeting.id, agencyId: a.agencyId } },
      create: { meetingId: meeting.id, agencyId: a.agencyId, ...fields },
      update: fields,
    });
  }
  return meeting.id;
}

export interface NominationSeed {
  cycleId: string;
  awardFormId: string;
  agencyId: string;
  priority: number;
  achievements?: string | null;
  statusReason?: string | null;
}

/** A SENT collective nomination of a whole agency, found by (cycle, form, agency). */
export async function upsertCollectiveNomination(tx: Tx, n: NominationSeed): Promise<string> {
  const key = {
    cycleId: n.cycleId,
    awardFormId: n.awardFormId,
    agencyId: n.agencyId,
    target: "COLLECTIVE" as const,
    collectiveName: null,
    personName: null,
  };
  const data = {
    status: "SENT" as const,
    priority: n.priority,
    achievements: n.achievements ?? null,
    statusReason: n.statusReason ?? null,
  };
  const found = await tx.nomination.findFirst({ where: key });
  if (found) {
    await tx.nomination.update({ where: { id: found.id }, data });
    return found.id;
  }
  const row = await tx.nomination.create({ data: { ...key, ...data } });
  return row.id;
}
