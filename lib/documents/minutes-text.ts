import { formatDay, formatNumber } from "@/lib/format";
import type { ConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";

export interface MinutesSection {
  heading: string;
  lines: string[];
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

/** One objection as a line of the minutes: who, which criterion, why, and where it stands. */
export function disputeLine(d: ConferenceMinutes["disputes"][number], index: number): string {
  const outcome =
    d.status === "OPEN"
      ? "chưa giải quyết, đưa ra hội nghị xem xét"
      : `${d.status === "ACCEPTED" ? "Trưởng khối chấp nhận" : "Trưởng khối không chấp nhận"}${d.decisionReason ? ` (${d.decisionReason})` : ""}`;
  return `${index + 1}. ${d.agencyName} — tiêu chí ${d.criterion}: ${d.reason} — ${outcome}.`;
}

/**
 * The body of the conference minutes as numbered sections of final Vietnamese text, shared by the
 * printable page and the .docx so the two say the same thing.
 */
export function minutesSections(m: ConferenceMinutes): MinutesSection[] {
  const q = m.quorum;
  const bodies: { title: string; lines: string[] }[] = [
    { title: "THỜI GIAN, ĐỊA ĐIỂM", lines: [`Thời gian: ngày ${formatDay(m.heldOn)}.`, `Địa điểm: ${m.place}.`] },
    {
      title: "THÀNH PHẦN DỰ HỌP",
      lines: [
        `Chủ trì: ${m.chairName}.`,
        `Thư ký: ${m.secretaryName ?? "—"}.`,
        `Số cơ quan thành viên được triệu tập: ${formatNumber(q.members)}; có mặt: ${formatNumber(q.present)} (trong đó cử đại diện: ${formatNumber(q.represented)}); vắng mặt: ${formatNumber(q.absent)}${q.unrecorded > 0 ? `; chưa ghi nhận: ${formatNumber(q.unrecorded)}` : ""}.`,
        ...(m.present.length > 0 ? ["Các cơ quan có mặt:", ...m.present.map((n, i) => `${i + 1}. ${n}`)] : []),
        ...(m.represented.length > 0
          ? ["Các cơ quan cử người đại diện:", ...m.represented.map((r, i) => `${i + 1}. ${r.agencyName} — đại diện: ${r.representativeName}`)]
          : []),
        ...(m.absent.length > 0 ? ["Các cơ quan vắng mặt:", ...m.absent.map((a, i) => `${i + 1}. ${a.agencyName} — lý do: ${a.reason}`)] : []),
        ...(m.unrecorded.length > 0 ? ["Các cơ quan chưa ghi nhận tình trạng tham dự:", ...m.unrecorded.map((n, i) => `${i + 1}. ${n}`)] : []),
        `${q.line} (tỷ lệ có mặt ${q.presentPct === null ? "—" : `${formatNumber(q.presentPct)}%`}, yêu cầu từ ${formatNumber(q.quorumPct)}% trở lên).`,
      ],
    },
    { title: "NỘI DUNG CHƯƠNG TRÌNH", lines: m.agenda.length > 0 ? m.agenda.map((a, i) => `${i + 1}. ${a}`) : ["(Chưa ghi nội dung chương trình.)"] },
  ];
  // Disputed scores are carried into the minutes (docs/domain/edge-cases.md#case-15): those still
  // open first, as the conference must settle them, then those the chair decided.
  if (m.disputes.length > 0) {
    const open = m.disputes.filter((d) => d.status === "OPEN").length;
    bodies.push({
      title: "KIẾN NGHỊ VỀ KẾT QUẢ CHẤM ĐIỂM",
      lines: [
        `Số kiến nghị của các cơ quan: ${formatNumber(m.disputes.length)}; đã giải quyết: ${formatNumber(m.disputes.length - open)}; chưa giải quyết: ${formatNumber(open)}.`,
        ...m.disputes.map(disputeLine),
      ],
    });
  }
  if (m.votes.length > 0) {
    bodies.push({
      title: "KẾT QUẢ BIỂU QUYẾT",
      // A leading-unit vote's lines name each unit's published rank beside its result (docs/decisions/0043).
      lines: m.votes.flatMap((v, i) => [`${i + 1}. ${v.title}${v.round > 1 ? ` (vòng ${v.round})` : ""}: ${v.outcome}`, ...v.ranking.map((l) => `– ${l}`)]),
    });
  }
  if (m.notes) bodies.push({ title: "GHI CHÚ, KẾT LUẬN", lines: m.notes.split(/\r?\n/).filter((l) => l.trim()) });
  return bodies.map((b, i) => ({ heading: `${ROMAN[i]}. ${b.title}`, lines: b.lines }));
}

/** The line under the title: "Khối thi đua … năm 2026". */
export function minutesSubtitle(m: ConferenceMinutes): string {
  return `${m.blocName} — năm thi đua ${m.year}`;
}
