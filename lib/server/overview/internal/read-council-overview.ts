import "server-only";
import { awardTotals, type FormTotal } from "@/lib/domain/council-overview/award-totals";
import { CO_CP_CODE, coCpCap, DEFAULT_CO_CP_CAP, type CoCpCapSetting, type CoCpCapView } from "@/lib/domain/council-overview/co-cp-cap";
import type { BlocYearFacts, NominationStatus, RegistrationStatus, SheetStatus } from "@/lib/domain/council-overview/late-items";
import { overviewRow, type OverviewRow } from "@/lib/domain/council-overview/overview";
import type { PhaseKey } from "@/lib/domain/cycle-phase";
import { compareVi, isoDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { queryOverview, type CouncilTarget, type OverviewClient, type OverviewRows } from "./overview-queries";

export interface StoredCapSetting extends CoCpCapSetting {
  /** null: no row yet, the defaults apply. */
  version: number | null;
}

export interface CouncilOverview {
  year: number;
  /** Years any bloc of the council has, newest first. */
  years: number[];
  rows: OverviewRow[];
  awards: FormTotal[];
  coCp: CoCpCapView;
  setting: StoredCapSetting;
}

type Bloc = OverviewRows["blocs"][number];

/**
 * The overview of a council's blocs in a year, read with `client` (queryOverview: a constant
 * number of statements). Callers authorize.
 */
export async function readCouncilOverviewWith(client: OverviewClient, council: CouncilTarget, year: number, today: string): Promise<CouncilOverview> {
  const data = await queryOverview(client, council, year);
  const several = new Set(data.blocs.map((b) => b.province?.id ?? null)).size > 1;
  const byCycle = groupByCycle(data);
  const rows = data.blocs
    .map((b) => {
      const cycle = b.cycles[0];
      const agencyNames = new Map(b.memberships.map((m) => [m.agencyId, m.agency.name]));
      const publication = cycle?.publications[0];
      return overviewRow(
        {
          code: b.code,
          name: b.name,
          provinceName: several ? (b.province?.name ?? null) : null,
          agencyNames,
          facts: cycle ? factsOf(b, cycle, byCycle) : null,
          publication: publication
            ? { version: publication.version, publishedOn: todayInVietnam(publication.publishedAt), isPublic: publication.publicity !== null }
            : null,
        },
        today,
      );
    })
    .sort((a, b) => compareVi(a.name, b.name));

  const awards = awardTotals(
    data.blocs.flatMap((b) => {
      const cycle = b.cycles[0];
      if (!cycle) return [];
      const sent = (byCycle.nominations.get(cycle.id) ?? []).filter((n) => n.status === "SENT").map((n) => n.awardForm.code);
      const forms = cycle.awardForms.map((f) => ({ ...f, quotaValue: f.quotaValue?.toString() ?? null }));
      return [{ blocCode: b.code, blocName: b.name, members: b.memberships.length, forms, sent }];
    }),
  );

  const setting: StoredCapSetting = data.setting
    ? { pct: data.setting.coCpCapPct.toNumber(), rounding: data.setting.coCpRounding, version: data.setting.version }
    : { ...DEFAULT_CO_CP_CAP, version: null };
  return { year, years: data.years, rows, awards, coCp: coCpView(data, setting), setting };
}

function groupByCycle(data: OverviewRows) {
  const group = <T extends { cycleId: string }>(items: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.cycleId, [...(map.get(item.cycleId) ?? []), item]);
    return map;
  };
  return {
    registrations: group(data.registrations),
    sheets: group(data.sheets),
    cross: group(data.cross),
    objections: group(data.objections.map((o) => ({ cycleId: o.entry.sheet.cycleId, agencyId: o.agencyId }))),
    nominations: group(data.nominations),
  };
}

function factsOf(b: Bloc, cycle: Bloc["cycles"][number], byCycle: ReturnType<typeof groupByCycle>): BlocYearFacts {
  const tableId = cycle.criteriaTables[0]?.id ?? null;
  const latest = cycle.pledges[0];
  const objections = new Map<string, number>();
  for (const o of byCycle.objections.get(cycle.id) ?? []) objections.set(o.agencyId, (objections.get(o.agencyId) ?? 0) + 1);
  return {
    phases: cycle.phases.map((p) => ({
      key: p.key as PhaseKey,
      opensOn: isoDay(p.opensOn),
      closesOn: isoDay(p.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
    })),
    scoringMode: cycle.scoringMode,
    members: b.memberships.map((m) => ({ agencyId: m.agencyId, joinedOn: m.joinedOn ? isoDay(m.joinedOn) : null, leftOn: m.leftOn ? isoDay(m.leftOn) : null })),
    registrations: new Map((byCycle.registrations.get(cycle.id) ?? []).map((r) => [r.agencyId, r.status as RegistrationStatus])),
    pledge: {
      signed: cycle.pledges.some((p) => p.status === "LOCKED" || p.status === "SUPERSEDED"),
      latestSigners: latest ? new Set(latest.signatures.map((s) => s.agencyId)) : null,
    },
    sheets: new Map((byCycle.sheets.get(cycle.id) ?? []).filter((s) => s.tableId === tableId).map((s) => [s.agencyId, s.status as SheetStatus])),
    crossSubmitted: new Map((byCycle.cross.get(cycle.id) ?? []).map((c) => [c.scorerAgencyId, c._count._all])),
    openObjections: objections,
    conferenceRecorded: cycle.meetings.length > 0,
    nominations: (byCycle.nominations.get(cycle.id) ?? []).map((n) => ({ agencyId: n.agencyId, status: n.status as NominationStatus })),
  };
}

/** The acclaimed leading units ("blocCode|agencyId": SELECTED in a closed acclaim vote) and the Cờ CP proposals. */
function coCpView(data: OverviewRows, setting: CoCpCapSetting): CoCpCapView {
  const blocOfCycle = new Map(data.blocs.flatMap((b) => b.cycles.map((c) => [c.id, b] as const)));
  const leaders = new Set<string>();
  for (const vote of data.votes) {
    const bloc = blocOfCycle.get(vote.meeting.cycleId);
    const candidates = (vote.result as { candidates?: { agencyId: string | null; status: string }[] } | null)?.candidates ?? [];
    for (const c of candidates) if (bloc && c.agencyId && c.status === "SELECTED") leaders.add(`${bloc.code}|${c.agencyId}`);
  }
  const sentAt = new Map<string, string>();
  for (const s of data.sends) {
    const at = s.at.toISOString();
    if ((sentAt.get(s.entityId) ?? "") < at) sentAt.set(s.entityId, at);
  }
  const proposals = data.nominations
    .filter((n) => n.status === "SENT" && n.awardForm.code === CO_CP_CODE)
    .map((n) => {
      const bloc = blocOfCycle.get(n.cycleId)!;
      const who = n.collectiveName ?? n.personName;
      return {
        id: n.id,
        blocCode: bloc.code,
        blocName: bloc.name,
        agencyId: n.agencyId,
        nominee: who ? `${who} (${n.agency.name})` : n.agency.name,
        sentAt: sentAt.get(n.id) ?? null,
      };
    });
  return coCpCap(setting, leaders, proposals);
}
