import { periodsOverlap, periodText } from "./person-periods";

/**
 * Merging two records of one person (docs/decisions/0041): e.g. a person imported from a file and
 * the same person made from a free-text nominee by the migration. The kept person takes the other's
 * records, agency periods, nominations, decision items and role models. Refused when both hold a
 * record of the same year and title (which one is right is for a person to decide), when both give
 * a different birth year (likely two people), or when the periods would overlap once together
 * (lib/domain/people/person-periods). A period the other has exactly as the kept one (same agency
 * and days) is the same period and is dropped. Pure; days are yyyy-MM-dd.
 */
export interface MergeSide {
  name: string;
  birthYear: number | null;
  records: readonly { year: number; code: string; name: string }[];
  periods: readonly { id: string; agencyId: string; agencyName: string; fromOn: string | null; toOn: string | null }[];
}

export type MergePlan = { ok: true; birthYear: number | null; dropPeriodIds: string[] } | { ok: false; message: string };

export function planPersonMerge(keep: MergeSide, other: MergeSide): MergePlan {
  const held = new Set(keep.records.map((r) => `${r.year}|${r.code}`));
  const clashes = other.records.filter((r) => held.has(`${r.year}|${r.code}`)).sort((a, b) => a.year - b.year);
  if (clashes.length > 0) {
    return {
      ok: false,
      message: `Không thể gộp: cả hai hồ sơ đều ghi ${clashes.map((r) => `năm ${r.year} “${r.name}”`).join(", ")}. Hãy xem lại và giữ một bản ghi trước khi gộp.`,
    };
  }
  if (keep.birthYear !== null && other.birthYear !== null && keep.birthYear !== other.birthYear) {
    return {
      ok: false,
      message: `Không thể gộp: hai hồ sơ ghi năm sinh khác nhau (${keep.birthYear} và ${other.birthYear}); có thể là hai người khác nhau. Hãy sửa năm sinh cho đúng trước khi gộp.`,
    };
  }
  const same = (a: MergeSide["periods"][number], b: MergeSide["periods"][number]) => a.agencyId === b.agencyId && a.fromOn === b.fromOn && a.toOn === b.toOn;
  const dropPeriodIds = other.periods.filter((p) => keep.periods.some((k) => same(k, p))).map((p) => p.id);
  const moved = other.periods.filter((p) => !dropPeriodIds.includes(p.id));
  for (const p of moved) {
    const clash = keep.periods.find((k) => periodsOverlap({ ...k, row: null }, { ...p, row: null }));
    if (clash) {
      return {
        ok: false,
        message: `Không thể gộp: thời gian công tác tại ${p.agencyName} (${periodText(p)}) trùng với thời gian tại ${clash.agencyName} (${periodText(clash)}) của hồ sơ được giữ. Hãy sửa thời gian công tác trước khi gộp.`,
      };
    }
  }
  return { ok: true, birthYear: keep.birthYear ?? other.birthYear, dropPeriodIds };
}
