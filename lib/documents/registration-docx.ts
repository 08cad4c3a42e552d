import { agencyIssuer, numberLine, recipientLines, type BlocLetterhead, type DocBlock, type OfficialDoc } from "@/lib/domain/official-document";
import type { TargetKind } from "@/lib/domain/pledge";
import type { TargetComparator } from "@/lib/domain/target-comparator";
import { formatTargetValue } from "@/lib/domain/target-value";
import { buildOfficialDocx } from "./official-docx";

/**
 * An agency's registration of emulation titles and targets (bản đăng ký thi đua,
 * docs/domain/documents.md#registration-form) as a document for its head to sign: the agency under
 * its governing body, addressed to the bloc, dated the day it was sent. A registration not sent
 * yet is marked "DỰ THẢO" and left undated.
 */
export interface RegistrationDocData {
  year: number;
  agencyName: string;
  letterhead: BlocLetterhead;
  status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED";
  /** The day it was sent (yyyy-MM-dd, Vietnam time), null while a draft. */
  submittedOn: string | null;
  titles: string[];
  targets: { order: number; text: string; kind: TargetKind; value: number | null; comparator: TargetComparator }[];
  note: string | null;
}

export function registrationDocument(d: RegistrationDocData): OfficialDoc {
  const l = d.letterhead;
  const sent = d.status === "SUBMITTED" || d.status === "ACCEPTED";
  const to = `${l.blocName}${l.headAgencyName ? ` (${l.headAgencyName}, Trưởng khối)` : ""}`;
  const blocks: DocBlock[] = [
    { kind: "para", text: `Kính gửi: ${to}.`, bold: true },
    {
      kind: "para",
      text: `Thực hiện phong trào thi đua năm ${d.year} của ${l.blocName}, ${d.agencyName} đăng ký danh hiệu thi đua, hình thức khen thưởng và các chỉ tiêu thi đua như sau:`,
    },
    { kind: "heading", text: "I. DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG ĐĂNG KÝ" },
    ...(d.titles.length > 0
      ? d.titles.map((t, i) => ({ kind: "para" as const, text: `${i + 1}. ${t}.` }))
      : [{ kind: "para" as const, text: "(Không đăng ký danh hiệu.)", italics: true }]),
    { kind: "heading", text: "II. CÁC CHỈ TIÊU THI ĐUA" },
    d.targets.length > 0
      ? {
          kind: "table",
          head: ["TT", "Chỉ tiêu", "Giá trị đăng ký"],
          widths: [8, 67, 25],
          align: ["center", "left", "center"],
          rows: d.targets.map((t) => [String(t.order), t.text, formatTargetValue(t.kind, t.value, t.comparator)]),
        }
      : { kind: "para", text: "(Không có chỉ tiêu.)", italics: true },
    ...(d.note?.trim()
      ? [
          { kind: "heading" as const, text: "III. GHI CHÚ" },
          ...d.note
            .split(/\r?\n/)
            .filter((line) => line.trim())
            .map((text) => ({ kind: "para" as const, text })),
        ]
      : []),
    { kind: "para", text: `${d.agencyName} cam kết phấn đấu hoàn thành các danh hiệu và chỉ tiêu thi đua đã đăng ký./.` },
  ];
  return {
    isParty: l.isParty,
    issuer: agencyIssuer(d.agencyName, l.place),
    numberLine: numberLine(l.isParty, "ĐK"),
    place: l.place,
    dated: { day: sent ? d.submittedOn : null, year: d.year },
    mark: sent ? null : "DỰ THẢO",
    title: "BẢN ĐĂNG KÝ THI ĐUA",
    subtitle: `Danh hiệu và chỉ tiêu thi đua năm ${d.year}`,
    blocks,
    signers: [{ role: ["THỦ TRƯỞNG CƠ QUAN"], name: null }],
    recipients: recipientLines(["Như trên"], l.isParty),
  };
}

export function buildRegistrationDocx(d: RegistrationDocData): Promise<Buffer> {
  return buildOfficialDocx(registrationDocument(d));
}
