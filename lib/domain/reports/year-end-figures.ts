import { compareVi, sortVi } from "@/lib/format";
import type { YearEndReportInput } from "./year-end-types";

/**
 * The figures of the year-end report, counted from the year's data (never typed in): registrations
 * by status and by title, the pledge's signatures, the mid-year progress, the bands reached, the
 * leaders, the nominations by award form and the decisions. Only the year's members count: a
 * registration or progress row of an agency that has left the member list is not the bloc's. Pure.
 */
export interface YearEndFigures {
  memberCount: number;
  registrations: { sent: number; accepted: number; returned: number; draft: number; none: number; byTitle: { name: string; count: number }[] };
  pledge: { version: number; commitments: number; signed: number; unsigned: string[] } | null;
  midYear: { expected: number; updated: number; byStatus: Record<ProgressStatus, number> } | null;
  bands: { label: string; count: number }[];
  /** First in the latest published ranking (several when tied). */
  leaders: string[];
  nominationsByForm: { formName: string; nominees: string[] }[];
  decisions: { recorded: number; cancelled: number; approved: number; changed: number; rejected: number };
}

export type ProgressStatus = "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "ACHIEVED";

/** The label a ranked row without a band is counted under. */
export const NO_BAND = "Chưa đạt mức xếp loại nào";

export function yearEndFigures(d: YearEndReportInput): YearEndFigures {
  const members = new Set(d.members.map((m) => m.agencyId));
  const regs = d.registrations.filter((r) => members.has(r.agencyId));
  const count = (status: string) => regs.filter((r) => r.status === status).length;
  const titles = new Map<string, number>();
  // A title counts for agencies that sent their registration (a draft or a returned one is not an undertaking yet).
  for (const r of regs) if (r.status === "SUBMITTED" || r.status === "ACCEPTED") for (const t of r.titles) titles.set(t, (titles.get(t) ?? 0) + 1);

  const pledge = d.pledge && pledgeFigures(d, members);
  const midYear = d.pledge && {
    expected: d.pledge.commitments * members.size,
    updated: d.pledge.progress.filter((p) => members.has(p.agencyId)).length,
    byStatus: (["ACHIEVED", "ON_TRACK", "AT_RISK", "NOT_STARTED"] as const).reduce(
      (acc, s) => ({ ...acc, [s]: d.pledge!.progress.filter((p) => members.has(p.agencyId) && p.status === s).length }),
      {} as Record<ProgressStatus, number>,
    ),
  };

  const bands = new Map<string, number>();
  for (const r of d.publication?.rows ?? []) bands.set(r.bandLabel ?? NO_BAND, (bands.get(r.bandLabel ?? NO_BAND) ?? 0) + 1);
  const leaders = (d.publication?.rows ?? []).filter((r) => r.rank === 1).map((r) => r.agencyName);

  const forms = new Map<string, { order: number; nominees: string[] }>();
  for (const n of d.nominations) {
    const f = forms.get(n.formName) ?? { order: n.formOrder, nominees: [] };
    f.nominees.push(n.nominee);
    forms.set(n.formName, f);
  }
  const live = d.decisions.filter((x) => !x.cancelled);
  const items = live.flatMap((x) => x.items);
  return {
    memberCount: members.size,
    registrations: {
      sent: count("SUBMITTED") + count("ACCEPTED"),
      accepted: count("ACCEPTED"),
      returned: count("RETURNED"),
      draft: count("DRAFT"),
      none: members.size - regs.length,
      byTitle: [...titles].map(([name, n]) => ({ name, count: n })).sort((a, b) => b.count - a.count || compareVi(a.name, b.name)),
    },
    pledge,
    midYear,
    bands: [...bands].map(([label, n]) => ({ label, count: n })),
    leaders,
    nominationsByForm: [...forms]
      .sort(([a, x], [b, y]) => x.order - y.order || compareVi(a, b))
      .map(([formName, f]) => ({ formName, nominees: sortVi(f.nominees, (n) => n) })),
    decisions: {
      recorded: live.length,
      cancelled: d.decisions.length - live.length,
      approved: items.filter((i) => i.outcome === "APPROVED").length,
      changed: items.filter((i) => i.outcome === "CHANGED").length,
      rejected: items.filter((i) => i.outcome === "REJECTED").length,
    },
  };
}

function pledgeFigures(d: YearEndReportInput, members: Set<string>): NonNullable<YearEndFigures["pledge"]> {
  const signed = new Set(d.pledge!.signatures.map((s) => s.agencyId).filter((id) => members.has(id)));
  return {
    version: d.pledge!.version,
    commitments: d.pledge!.commitments,
    signed: signed.size,
    unsigned: sortVi(
      d.members.filter((m) => !signed.has(m.agencyId)).map((m) => m.name),
      (n) => n,
    ),
  };
}
