/**
 * Where a person worked (PersonAgency, docs/decisions/0036): periods with optional from / to days,
 * both inclusive. Corrected on the person's form (docs/decisions/0041) under one rule: a period
 * does not end before it starts, and two periods of the same person never overlap — a missing
 * "from" is open towards the past, a missing "to" means "still there". A period with neither day
 * says where, not when (the undated links the import and the free-text migration made) and is
 * not compared: dating it is what the form is for. The import writes only such undated links, so
 * it had no rule to reuse; the overlap test is the officer terms' (lib/domain/officer-terms:
 * inclusive ends). Pure; days are yyyy-MM-dd.
 */
export interface PeriodDraft {
  /** The form row the period came from, for field errors ("period.<row>.fromOn"); null when kept as it was, not on the form. */
  row: number | null;
  agencyName: string;
  fromOn: string | null;
  toOn: string | null;
}

export type FieldErrors = Record<string, string[]>;

const MIN = "0000-01-01";
const MAX = "9999-12-31";
const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** "01/01/2020 – nay", "chưa rõ – 31/12/2023". */
export function periodText(p: Pick<PeriodDraft, "fromOn" | "toOn">): string {
  return `${p.fromOn ? vn(p.fromOn) : "chưa rõ"} – ${p.toOn ? vn(p.toOn) : "nay"}`;
}

const dated = (p: PeriodDraft) => p.fromOn !== null || p.toOn !== null;

/** Two dated periods share at least a day. */
export function periodsOverlap(a: PeriodDraft, b: PeriodDraft): boolean {
  if (!dated(a) || !dated(b)) return false;
  return (a.fromOn ?? MIN) <= (b.toOn ?? MAX) && (b.fromOn ?? MIN) <= (a.toOn ?? MAX);
}

/** Field errors of the periods a person would have after the edit, or null when they can be saved. */
export function checkPersonPeriods(periods: readonly PeriodDraft[]): FieldErrors | null {
  const errors: FieldErrors = {};
  const at = (p: PeriodDraft, field: "fromOn" | "toOn", message: string) => {
    // A kept period is not on the form: its clash is told on the row that meets it.
    if (p.row === null) return;
    const key = `period.${p.row}.${field}`;
    errors[key] = [...(errors[key] ?? []), message];
  };
  for (const p of periods) if (p.fromOn && p.toOn && p.toOn < p.fromOn) at(p, "toOn", "Ngày kết thúc không được trước ngày bắt đầu.");
  periods.forEach((p, i) => {
    if (p.fromOn && p.toOn && p.toOn < p.fromOn) return;
    const clash = periods.find((q, j) => j !== i && !(q.fromOn && q.toOn && q.toOn < q.fromOn) && periodsOverlap(p, q));
    if (clash) at(p, "fromOn", `Thời gian công tác trùng với thời gian tại ${clash.agencyName} (${periodText(clash)}).`);
  });
  return Object.keys(errors).length ? errors : null;
}
