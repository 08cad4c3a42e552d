import { resultOrder, type ActivityResult } from "@/lib/domain/bloc-activity";
import { issuerLine, numberLine, recipientLines, type BlocLetterhead, type DocBlock, type OfficialDoc } from "@/lib/domain/official-document";
import { formatDay, formatNumber } from "@/lib/format";
import { buildOfficialDocx } from "./official-docx";

/**
 * A joint activity or contest of the bloc as its two documents (docs/decisions/0040): the plan
 * (kế hoạch tổ chức) and the result notice (thông báo kết quả), issued by the organising agency on
 * behalf of the bloc — the bloc over the organiser in the left header, in the bloc's Party or State
 * layout — and left undated and unnumbered for the organiser's office to fill in when signing.
 */
export interface ActivityDocData {
  year: number;
  letterhead: BlocLetterhead;
  kind: "CONTEST" | "JOINT";
  title: string;
  organiser: string;
  /** yyyy-MM-dd */
  startsOn: string;
  endsOn: string | null;
  description: string | null;
  /** The criterion the participants' points are proposed to, when linked and in the year's table. */
  criterion: { code: string; name: string } | null;
  participants: ActivityResult[];
}

/** "hội thi “…”", "hoạt động “…”": the activity's own name is kept as written, in quotes. */
const named = (d: ActivityDocData) => `${d.kind === "CONTEST" ? "hội thi" : "hoạt động"} “${d.title}”`;

function when(d: ActivityDocData): string {
  return d.endsOn && d.endsOn !== d.startsOn ? `từ ngày ${formatDay(d.startsOn)} đến ngày ${formatDay(d.endsOn)}` : `ngày ${formatDay(d.startsOn)}`;
}

function frame(d: ActivityDocData, kind: "KH" | "TB", title: string, subtitle: string, blocks: DocBlock[]): OfficialDoc {
  const l = d.letterhead;
  const contest = d.kind === "CONTEST";
  return {
    isParty: l.isParty,
    issuer: [issuerLine(l.blocName, l.blocKind), d.organiser],
    numberLine: numberLine(l.isParty, kind),
    place: l.place,
    dated: { day: null, year: d.year },
    title,
    subtitle,
    blocks,
    signers: [{ role: contest ? ["TM. BAN TỔ CHỨC", "TRƯỞNG BAN"] : ["TM. CƠ QUAN TỔ CHỨC", "THỦ TRƯỞNG CƠ QUAN"], name: null }],
    recipients: recipientLines([`Thường trực ${l.blocName}`, "Các cơ quan thành viên Khối"], l.isParty),
    docTitle: `${title} — ${subtitle}`,
  };
}

/** "Kế hoạch tổ chức …": purpose, time, who takes part, how it is scored, who does what. */
export function activityPlanDocument(d: ActivityDocData): OfficialDoc {
  const l = d.letterhead;
  const blocks: DocBlock[] = [
    { kind: "heading", text: "I. MỤC ĐÍCH, YÊU CẦU" },
    {
      kind: "para",
      text: d.description?.trim() || `Thực hiện chương trình công tác năm ${d.year} của ${l.blocName}, ${d.organiser} tổ chức ${named(d)}.`,
    },
    { kind: "heading", text: "II. THỜI GIAN" },
    { kind: "para", text: `${d.kind === "CONTEST" ? "Hội thi" : "Hoạt động"} được tổ chức ${when(d)}.` },
    { kind: "heading", text: "III. ĐƠN VỊ, CÁ NHÂN THAM GIA" },
    { kind: "para", text: `Các cơ quan thành viên ${l.blocName} năm ${d.year}.` },
    ...(d.participants.length > 0
      ? [
          {
            kind: "table" as const,
            head: ["TT", "Cơ quan", "Cá nhân"],
            widths: [8, 57, 35],
            rows: d.participants.map((p, i) => [String(i + 1), p.agency, p.personName ?? "Tập thể"]),
          },
        ]
      : []),
    ...(d.criterion
      ? [
          { kind: "heading" as const, text: "IV. ĐIỂM THI ĐUA" },
          {
            kind: "para" as const,
            text: `Điểm của các đơn vị tham gia được đề xuất vào tiêu chí ${d.criterion.code} “${d.criterion.name}” khi các cơ quan tự chấm điểm thi đua năm ${d.year}.`,
          },
        ]
      : []),
    { kind: "heading", text: `${d.criterion ? "V" : "IV"}. TỔ CHỨC THỰC HIỆN` },
    {
      kind: "para",
      text: `${d.organiser} chủ trì, phối hợp với Thường trực Khối tổ chức thực hiện Kế hoạch này. Các cơ quan thành viên cử cán bộ tham gia và gửi danh sách về ${d.organiser}./.`,
    },
  ];
  return frame(d, "KH", "KẾ HOẠCH", `Tổ chức ${named(d)}`, blocks);
}

/** "Thông báo kết quả …": every participant with its result, prize and points, most points first. */
export function activityResultDocument(d: ActivityDocData): OfficialDoc {
  const rows = resultOrder(d.participants);
  const blocks: DocBlock[] = [
    {
      kind: "para",
      text: `${d.organiser} đã tổ chức ${named(d)} ${when(d)}. ${d.kind === "CONTEST" ? "Ban Tổ chức" : "Cơ quan tổ chức"} thông báo kết quả như sau:`,
    },
    rows.length > 0
      ? {
          kind: "table",
          head: ["TT", "Cơ quan", "Cá nhân", "Kết quả", "Giải thưởng", "Điểm"],
          widths: [7, 29, 20, 17, 16, 11],
          align: ["center", "left", "left", "left", "left", "right"],
          rows: rows.map((p, i) => [
            String(i + 1),
            p.agency,
            p.personName ?? "Tập thể",
            p.result ?? "",
            p.prize ?? "",
            p.points === null ? "" : formatNumber(p.points),
          ]),
        }
      : { kind: "para", text: "Chưa có đơn vị, cá nhân nào được ghi nhận kết quả.", italics: true },
    ...(d.criterion
      ? [
          {
            kind: "para" as const,
            text: `Điểm trên được đề xuất vào tiêu chí ${d.criterion.code} “${d.criterion.name}” khi các cơ quan tự chấm điểm thi đua năm ${d.year}.`,
          },
        ]
      : []),
    { kind: "para", text: "Trân trọng thông báo./." },
  ];
  return frame(d, "TB", "THÔNG BÁO", `Kết quả ${named(d)}`, blocks);
}

export function buildActivityPlanDocx(d: ActivityDocData): Promise<Buffer> {
  return buildOfficialDocx(activityPlanDocument(d));
}

export function buildActivityResultDocx(d: ActivityDocData): Promise<Buffer> {
  return buildOfficialDocx(activityResultDocument(d));
}
