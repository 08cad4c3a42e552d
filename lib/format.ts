/**
 * Vietnamese presentation: dates dd/MM/yyyy, numbers with Vietnamese
 * separators, names sorted by Vietnamese collation. Calendar-day columns
 * (@db.Date) are UTC midnights and are formatted in UTC; moments
 * (timestamps) in Vietnam time.
 */
const dayFormat = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const momentFormat = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
});
const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
// Full sensitivity: tones and case still order names ("Ban" < "Bàn" < "Bán"),
// so a sort never depends on the order the database returned the rows in.
const collator = new Intl.Collator("vi", { numeric: true });

export function formatDay(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return dayFormat.format(date);
}

/** "dd/MM/yyyy HH:mm" in Vietnam time (vi-VN alone puts the time first). */
export function formatMoment(value: Date | null | undefined): string {
  if (!value) return "—";
  const part = Object.fromEntries(momentFormat.formatToParts(value).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  return numberFormat.format(Number(value));
}

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}

const vietnamDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/** The calendar day in Vietnam at `moment` (now unless given), as "yyyy-MM-dd" (phases are calendar days). */
export function vietnamDay(moment: Date = new Date()): string {
  return vietnamDayFormat.format(moment);
}

/** A @db.Date value as the "yyyy-MM-dd" day the domain rules work with. */
export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * A day as people type it in a day field — "25/03/2026", "5/3/2026" — or as yyyy-MM-dd, returned
 * as yyyy-MM-dd; null when it is neither (the calendar check is the schema's). Day fields are text
 * in dd/MM/yyyy whatever the browser's language (components/ui/day-input.tsx).
 */
export function dayFromInput(value: string): string | null {
  const t = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : null;
}

/** What a day field shows: yyyy-MM-dd as dd/MM/yyyy; anything else (a refused entry) as typed. */
export function dayInputText(value: string | null | undefined): string {
  if (!value) return "";
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? formatDay(value.trim()) : value;
}
