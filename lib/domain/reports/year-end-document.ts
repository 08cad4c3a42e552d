import { formatDay, formatNumber } from "@/lib/format";
import { issuerLine, numberLine, recipientLines, type DocBlock, type OfficialDoc } from "@/lib/domain/official-document";
import { NO_BAND, yearEndFigures, type YearEndFigures } from "./year-end-figures";
import { roleModelBlocks } from "./year-end-role-models";
import { REPORT_TEXT_PARTS, type YearEndReportInput } from "./year-end-types";

/**
 * The bloc's year-end report (báo cáo tổng kết công tác thi đua, khen thưởng) as one OfficialDoc,
 * drawn by both the printable page (components/documents/official-sheet.tsx) and the .docx
 * (lib/documents/official-docx.ts). Parts I–II are computed from the year's data; what was not
 * recorded is said to be so, never filled in. Parts III–V are the text the secretary or chair
 * wrote; a part left blank says that it has not been written. Headed by the bloc over its head's
 * agency, in the Party or State layout the bloc's minutes use; dated on the conference day when
 * the conference was recorded (the report is adopted there), else left to fill in. Pure.
 */
export const NOT_WRITTEN = "(Phần này chưa được viết.)";

const n = (v: number) => formatNumber(v);
const list = (names: readonly string[]) => names.join(", ");
const para = (text: string, o: { italics?: boolean } = {}): DocBlock => ({ kind: "para", text, ...o });
const heading = (text: string): DocBlock => ({ kind: "heading", text });
const missing = (text: string): DocBlock => para(text, { italics: true });

export function yearEndReportDocument(d: YearEndReportInput): OfficialDoc {
  const f = yearEndFigures(d);
  const l = d.letterhead;
  const unit = l.blocKind === "CUM" ? "Cụm" : "Khối";
  const head = d.officers.find((o) => o.role === "HEAD");
  return {
    isParty: l.isParty,
    issuer: [issuerLine(l.blocName, l.blocKind), ...(l.headAgencyName ? [l.headAgencyName] : [])],
    numberLine: numberLine(l.isParty, "BC", d.number),
    place: l.place,
    dated: { day: d.conference?.heldOn ?? null, year: d.conference ? Number(d.conference.heldOn.slice(0, 4)) : d.year + 1 },
    title: "BÁO CÁO",
    subtitle: `Tổng kết công tác thi đua, khen thưởng năm ${d.year} của ${l.blocName}`,
    blocks: [
      heading("I. ĐẶC ĐIỂM, TÌNH HÌNH"),
      ...situation(d, f, unit),
      heading("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG"),
      ...registration(d, f),
      ...pledge(d, f),
      ...results(d, f),
      ...conference(d, unit),
      ...awards(d, f),
      ...roleModelBlocks(d.roleModels, d.year, 6),
      ...REPORT_TEXT_PARTS.flatMap((p, i): DocBlock[] => [
        heading(`${["III", "IV", "V"][i]}. ${(p.key === "directions" ? `Phương hướng, nhiệm vụ năm ${d.year + 1}` : p.label).toLocaleUpperCase("vi-VN")}`),
        ...paragraphs(d.text[p.key]),
      ]),
    ],
    signers: [{ role: [`TM. ${unit.toLocaleUpperCase("vi-VN")} THI ĐUA`, `${unit.toLocaleUpperCase("vi-VN")} TRƯỞNG`], name: head?.personName ?? null }],
    recipients: recipientLines([d.organiser, `Các cơ quan, đơn vị thành viên ${unit.toLowerCase()}`], l.isParty),
    docTitle: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${d.year} — ${l.blocName}`,
  };
}

/** The written text, one paragraph per line; a blank part says so. */
export function paragraphs(text: string): DocBlock[] {
  const lines = text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines.map((t) => para(t)) : [missing(NOT_WRITTEN)];
}

function situation(d: YearEndReportInput, f: YearEndFigures, unit: string): DocBlock[] {
  const head = d.officers.find((o) => o.role === "HEAD");
  const deputy = d.officers.find((o) => o.role === "DEPUTY");
  const who = (o: (typeof d.officers)[number] | undefined) => (o ? `${o.agencyName}${o.personName ? ` (${o.personName})` : ""}` : "chưa ghi nhận");
  const changed = d.members.filter((m) => m.joinedOn || m.leftOn);
  return [
    f.memberCount > 0
      ? para(`Năm ${d.year}, ${d.letterhead.blocName} có ${n(f.memberCount)} cơ quan, đơn vị thành viên: ${list(d.members.map((m) => m.name))}.`)
      : missing(`Chưa ghi nhận cơ quan, đơn vị thành viên của ${unit.toLowerCase()} trong năm ${d.year}.`),
    ...changed.map((m) =>
      para(
        `${m.name}: ${[m.joinedOn && `tham gia từ ngày ${formatDay(m.joinedOn)}`, m.leftOn && `rời ${unit.toLowerCase()} ngày ${formatDay(m.leftOn)}`].filter(Boolean).join(", ")}.`,
      ),
    ),
    para(`${unit} trưởng: ${who(head)}; ${unit} phó: ${who(deputy)}.`),
    d.theme ? para(`Chủ đề thi đua năm ${d.year}: ${d.theme}.`) : missing(`Chưa ghi nhận chủ đề thi đua của năm ${d.year}.`),
  ];
}

function registration(d: YearEndReportInput, f: YearEndFigures): DocBlock[] {
  const r = f.registrations;
  return [
    heading("1. Đăng ký thi đua"),
    para(
      `${n(r.sent)}/${n(f.memberCount)} cơ quan, đơn vị đã gửi đăng ký thi đua (${n(r.accepted)} đã được tiếp nhận); ` +
        `${n(r.returned)} bị trả lại để hoàn thiện; ${n(r.draft)} đang soạn; ${n(r.none)} chưa đăng ký.`,
    ),
    r.byTitle.length > 0
      ? para(`Danh hiệu, hình thức đăng ký: ${r.byTitle.map((t) => `${t.name}: ${n(t.count)} cơ quan, đơn vị`).join("; ")}.`)
      : missing("Chưa có đăng ký danh hiệu, hình thức khen thưởng nào được gửi."),
  ];
}

function pledge(d: YearEndReportInput, f: YearEndFigures): DocBlock[] {
  const p = f.pledge;
  const m = f.midYear;
  if (!p || !m) return [heading("2. Ký kết giao ước thi đua, sơ kết 6 tháng"), missing(`Chưa có giao ước thi đua năm ${d.year} được ký kết (khóa).`)];
  const s = m.byStatus;
  return [
    heading("2. Ký kết giao ước thi đua, sơ kết 6 tháng"),
    para(
      `Giao ước thi đua năm ${d.year} (phiên bản ${p.version}) gồm ${n(p.commitments)} nội dung cam kết; ${n(p.signed)}/${n(f.memberCount)} cơ quan, đơn vị đã ký` +
        (p.unsigned.length > 0 ? `; chưa ký: ${list(p.unsigned)}.` : "."),
    ),
    d.midYearMeeting
      ? para(`Hội nghị sơ kết 6 tháng tổ chức ngày ${formatDay(d.midYearMeeting.heldOn)} tại ${d.midYearMeeting.place}.`)
      : missing("Chưa ghi nhận hội nghị sơ kết 6 tháng."),
    m.updated > 0
      ? para(
          `Tiến độ thực hiện các cam kết (${n(m.updated)}/${n(m.expected)} lượt cam kết của các cơ quan đã cập nhật): ` +
            `đã đạt ${n(s.ACHIEVED)}; đúng tiến độ ${n(s.ON_TRACK)}; chậm, có nguy cơ ${n(s.AT_RISK)}; chưa triển khai ${n(s.NOT_STARTED)}.`,
        )
      : missing("Chưa có cơ quan, đơn vị nào cập nhật tiến độ thực hiện cam kết."),
  ];
}

function results(d: YearEndReportInput, f: YearEndFigures): DocBlock[] {
  const p = d.publication;
  if (!p) return [heading("3. Kết quả chấm điểm, xếp hạng, xếp loại"), missing(`Kết quả chấm điểm năm ${d.year} chưa được công bố.`)];
  return [
    heading("3. Kết quả chấm điểm, xếp hạng, xếp loại"),
    para(`Theo kết quả công bố lần ${p.version} ngày ${formatDay(p.publishedOn)}:`),
    {
      kind: "table",
      head: ["Hạng", "Cơ quan, đơn vị", "Tổng điểm", "Xếp loại"],
      widths: [10, 46, 14, 30],
      align: ["center", "left", "center", "left"],
      rows: p.rows.map((r) => [String(r.rank), r.agencyName, formatNumber(r.total), r.bandLabel ?? NO_BAND]),
    },
    para(`Xếp loại: ${f.bands.map((b) => `${b.label}: ${n(b.count)}`).join("; ")}. Dẫn đầu theo điểm: ${list(f.leaders)}.`),
    ...(p.excluded.length > 0 ? [para(`Không xếp hạng: ${p.excluded.map((e) => `${e.agencyName} (${e.reason})`).join("; ")}.`)] : []),
  ];
}

function conference(d: YearEndReportInput, unit: string): DocBlock[] {
  const c = d.conference;
  if (!c) return [heading("4. Hội nghị tổng kết, bình xét"), missing(`Chưa ghi nhận hội nghị tổng kết năm ${d.year} của ${unit.toLowerCase()}.`)];
  return [
    heading("4. Hội nghị tổng kết, bình xét"),
    para(
      `Hội nghị tổng kết tổ chức ngày ${formatDay(c.heldOn)} tại ${c.place}: ${n(c.present)} cơ quan, đơn vị có mặt, ${n(c.represented)} cử người dự thay, ${n(c.absent)} vắng mặt` +
        (c.unrecorded > 0 ? `, ${n(c.unrecorded)} chưa ghi nhận.` : "."),
    ),
    ...(c.votes.length > 0
      ? c.votes.map((v) => para(`${v.title}${v.round > 1 ? ` (vòng ${v.round})` : ""}: ${v.outcome}`))
      : [missing("Chưa có cuộc biểu quyết nào của hội nghị được kết thúc.")]),
  ];
}

function awards(d: YearEndReportInput, f: YearEndFigures): DocBlock[] {
  const x = f.decisions;
  return [
    heading("5. Đề nghị khen thưởng và kết quả"),
    ...(f.nominationsByForm.length > 0
      ? [
          para(`${unit(d)} đã đề nghị cấp có thẩm quyền khen thưởng ${n(d.nominations.length)} trường hợp:`),
          {
            kind: "table" as const,
            head: ["TT", "Hình thức khen thưởng", "Số lượng", "Tập thể, cá nhân được đề nghị"],
            widths: [8, 32, 12, 48],
            align: ["center", "left", "center", "left"] as ("left" | "center" | "right")[],
            rows: f.nominationsByForm.map((g, i) => [String(i + 1), g.formName, n(g.nominees.length), list(g.nominees)]),
          },
        ]
      : [missing("Chưa có đề nghị khen thưởng nào được gửi cấp có thẩm quyền.")]),
    ...(d.decisions.length > 0
      ? [
          ...d.decisions.map((dec) =>
            para(
              `Quyết định số ${dec.number} ngày ${formatDay(dec.issuedOn)} của ${dec.authorityName}` +
                (dec.cancelled ? " (đã hủy)." : `: ${n(dec.items.filter((i) => i.outcome !== "REJECTED").length)} trường hợp được khen thưởng.`),
            ),
          ),
          para(
            `Tổng cộng: ${n(x.approved)} trường hợp được khen thưởng đúng hình thức đề nghị, ${n(x.changed)} được khen thưởng hình thức khác, ${n(x.rejected)} không được khen thưởng.`,
          ),
        ]
      : [missing("Chưa ghi nhận quyết định khen thưởng nào của cấp có thẩm quyền.")]),
  ];
}

const unit = (d: YearEndReportInput) => (d.letterhead.blocKind === "CUM" ? "Cụm" : "Khối");
