/**
 * Effective-dated bloc membership (docs/domain/yearly-cycle.md#membership, edge case 2): one row per agency
 * per bloc per year; joinedOn/leftOn say when within the year it belonged
 * (null = from the start / to the end). leftOn is the LAST day of membership.
 * Days are ISO "yyyy-MM-dd" strings; nothing here reads the clock.
 */
export interface MembershipPeriod {
  joinedOn: string | null;
  leftOn: string | null;
}

export type FieldErrors = Record<string, string[]>;

export function firstDay(year: number): string {
  return `${String(year).padStart(4, "0")}-01-01`;
}

export function lastDay(year: number): string {
  return `${String(year).padStart(4, "0")}-12-31`;
}

/** Calendar arithmetic on ISO days, in UTC so no time zone shifts a day. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "yyyy-MM-dd" → "dd/MM/yyyy" for messages. */
export function vnDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

export function isMemberOn(period: MembershipPeriod, day: string): boolean {
  return (period.joinedOn === null || period.joinedOn <= day) && (period.leftOn === null || period.leftOn >= day);
}

/** Joining and leaving days must fall in the year, leaving on or after joining. */
export function checkMembershipDates(year: number, period: MembershipPeriod): FieldErrors | null {
  const errors: FieldErrors = {};
  const inYear = (d: string) => d >= firstDay(year) && d <= lastDay(year);
  if (period.joinedOn && !inYear(period.joinedOn)) errors.joinedOn = [`Ngày tham gia phải trong năm ${year}.`];
  if (period.leftOn && !inYear(period.leftOn)) errors.leftOn = [`Ngày rời khối phải trong năm ${year}.`];
  if (!errors.joinedOn && !errors.leftOn && period.joinedOn && period.leftOn && period.leftOn < period.joinedOn) {
    errors.leftOn = ["Ngày rời khối không được trước ngày tham gia."];
  }
  return Object.keys(errors).length ? errors : null;
}

/**
 * An agency belongs only while it exists: dissolvedOn is its first day
 * without existence (a merger's effective day), so membership must start
 * before it and end at the latest the day before.
 */
export function checkAgencyExists(agency: { name: string; dissolvedOn: string | null }, from: string): string | null {
  if (agency.dissolvedOn && agency.dissolvedOn <= from) {
    return `${agency.name} đã giải thể, sáp nhập hoặc đổi tên từ ngày ${vnDay(agency.dissolvedOn)}.`;
  }
  return null;
}

export function checkAgencyPeriod(agency: { name: string; dissolvedOn: string | null }, year: number, period: MembershipPeriod): FieldErrors | null {
  const gone = checkAgencyExists(agency, period.joinedOn ?? firstDay(year));
  if (gone) return { agencyId: [gone] };
  if (agency.dissolvedOn && agency.dissolvedOn <= (period.leftOn ?? lastDay(year))) {
    return { leftOn: [`${agency.name} không còn tồn tại từ ngày ${vnDay(agency.dissolvedOn)}: ngày rời khối phải trước ngày đó.`] };
  }
  return null;
}

export interface PreviousMember {
  agencyId: string;
  leftOn: string | null;
  dissolvedOn: string | null;
}

export interface CopyPlan {
  copy: { agencyId: string; leftOn: string | null }[];
  alreadyPresent: number;
  leftBeforeEnd: number;
  dissolved: number;
}

/**
 * Members of year-1 to copy into `year`: those still members on 31/12 of
 * year-1, whose agency still exists on 01/01 of `year`, and not already
 * listed. Copied rows cover the whole year, or end the day before the agency
 * is dissolved when that falls within the year.
 */
export function planCopyMembers(year: number, previous: readonly PreviousMember[], presentAgencyIds: readonly string[]): CopyPlan {
  const present = new Set(presentAgencyIds);
  const plan: CopyPlan = { copy: [], alreadyPresent: 0, leftBeforeEnd: 0, dissolved: 0 };
  const seen = new Set<string>();
  for (const m of previous) {
    if (seen.has(m.agencyId)) continue;
    seen.add(m.agencyId);
    if (m.leftOn !== null && m.leftOn < lastDay(year - 1)) plan.leftBeforeEnd++;
    else if (m.dissolvedOn !== null && m.dissolvedOn <= firstDay(year)) plan.dissolved++;
    else if (present.has(m.agencyId)) plan.alreadyPresent++;
    else {
      const endsInYear = m.dissolvedOn !== null && m.dissolvedOn <= lastDay(year);
      plan.copy.push({ agencyId: m.agencyId, leftOn: endsInYear ? addDays(m.dissolvedOn!, -1) : null });
    }
  }
  return plan;
}

/** What an agency already has in a year; any of it makes removing the membership lose history. */
export interface MemberActivity {
  registrations: number;
  signatures: number;
  scoreSheets: number;
  keyTasks: number;
  officerTerms: number;
  lineage: number;
}

const ACTIVITY_LABELS: Record<keyof MemberActivity, string> = {
  registrations: "bản đăng ký thi đua",
  signatures: "chữ ký giao ước",
  scoreSheets: "bảng chấm điểm",
  keyTasks: "nhiệm vụ trọng tâm",
  officerTerms: "nhiệm kỳ Trưởng/Phó khối",
  lineage: "ghi nhận hợp nhất, chia tách, đổi tên",
};

/** Null when the membership may be removed; otherwise why not (Vietnamese). */
export function removalBlocker(agencyName: string, year: number, activity: MemberActivity): string | null {
  const found = (Object.keys(ACTIVITY_LABELS) as (keyof MemberActivity)[]).filter((k) => activity[k] > 0);
  if (found.length === 0) return null;
  return (
    `Không thể bỏ ${agencyName} khỏi danh sách năm ${year} vì cơ quan đã có ${found.map((k) => ACTIVITY_LABELS[k]).join(", ")} trong năm này. ` +
    "Hãy ghi ngày rời khối để giữ lịch sử."
  );
}
