// The central bloc's contest in its live year (docs/decisions/0038, 0040): "Cán bộ, công chức, viên
// chức các cơ quan Đảng Trung ương thi đua thực hiện văn hóa công sở", which the bloc held in 2019
// (seed 004), recorded again in the live year with its results, prizes and points, linked to
// criterion 17 "Văn hóa công sở, chấp hành nội quy, giờ giấc" of the year's table.
// DEMO: the live year's dates, the organiser, the participants, their results, prizes and points.
// Idempotent: the activity is found by its title in the cycle, each participant by agency and name.
import { TRUNG_UONG_BLOC } from "../trung-uong";
import type { Tx } from "../util";
import { addDays } from "./calendar";
import { agencyOf, loadLiveCycle, loadLockedTable } from "./context";

export const TRUNG_UONG_CONTEST = "Cán bộ, công chức, viên chức các cơ quan Đảng Trung ương thi đua thực hiện văn hóa công sở";
/** The criterion whose wording fits the contest best (the table's participation line, 13, counts absences). */
export const TRUNG_UONG_CONTEST_CRITERION = "17";
const ORGANISER = "TW-VP";

// DEMO: [agency, person (none: the agency's team), result, prize, points].
const PARTICIPANTS: [string, string | null, string, string | null, number | null][] = [
  ["TW-BTC", null, "Xuất sắc", "Giải Nhất", 3],
  ["TW-VP", null, "Tốt", "Giải Nhì", 2],
  ["TW-BDV", null, "Tốt", "Giải Nhì", 2],
  ["TW-UBKT", null, "Khá", "Giải Ba", 1],
  ["TW-BKT", null, "Khá", "Giải Ba", 1],
  ["TW-BTG", null, "Đạt", null, 1],
  // An individual prize adds no points of its own: the team's points already count.
  ["TW-HVCTQG", "Trần Minh Đức", "Xuất sắc", "Giải Nhất cá nhân", null],
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedTrungUongContest(tx: Tx): Promise<void> {
  const cycle = await loadLiveCycle(tx, TRUNG_UONG_BLOC);
  const table = await loadLockedTable(tx, cycle);
  const linked = table?.criteria.some((c) => c.code === TRUNG_UONG_CONTEST_CRITERION) ? TRUNG_UONG_CONTEST_CRITERION : null;
  // Held about six weeks before the seed's day, over three days, never before 1 January nor after today.
  const jan1 = `${cycle.year}-01-01`;
  const startsOn = [addDays(cycle.today, -45), jan1].sort()[1]!;
  const endsOn = [addDays(startsOn, 2), cycle.today].sort()[0]!;
  const data = {
    kind: "CONTEST" as const,
    organiserId: agencyOf(cycle, ORGANISER).id,
    startsOn: day(startsOn),
    endsOn: day(endsOn),
    description:
      "Hội thi tìm hiểu và thực hành văn hóa công sở trong các cơ quan Đảng Trung ương: trang phục, giao tiếp, ứng xử, chấp hành nội quy, giờ giấc; phần thi đội và phần thi cá nhân.",
    criterionCode: linked,
    isDemoData: true,
  };
  const existing = await tx.blocActivity.findFirst({ where: { cycleId: cycle.id, title: TRUNG_UONG_CONTEST }, select: { id: true } });
  const activity = existing
    ? await tx.blocActivity.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.blocActivity.create({ data: { ...data, cycleId: cycle.id, title: TRUNG_UONG_CONTEST }, select: { id: true } });
  const rows = await tx.blocActivityParticipant.findMany({ where: { activityId: activity.id }, select: { id: true, agencyId: true, personName: true } });
  for (const [code, personName, result, prize, points] of PARTICIPANTS) {
    const agencyId = agencyOf(cycle, code).id;
    const values = { result, prize, points };
    const row = rows.find((r) => r.agencyId === agencyId && r.personName === personName);
    if (row) await tx.blocActivityParticipant.update({ where: { id: row.id }, data: values });
    else await tx.blocActivityParticipant.create({ data: { activityId: activity.id, agencyId, personName, ...values } });
  }
}
