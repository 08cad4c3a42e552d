/**
 * The proposal dossier (hồ sơ đề nghị khen thưởng; docs/domain/documents.md#dossier): the
 * proposal memo (tờ trình) with the list of SENT nominees by form and priority, the year-end
 * conference minutes, the vote-count minutes of each CLOSED vote, and one achievement report
 * (báo cáo thành tích) per nominee filled from its published result, registration and pledge.
 * Plain data in, document specs out (final Vietnamese text); lib/server/dossier draws them as
 * .docx. Pure.
 */
import { compareVi, formatDay, formatNumber } from "@/lib/format";
import type { DossierNominee, DossierMeeting, DossierData, DocBlock, DocSpec } from "./dossier-types";
import { safeFileName } from "./file-names";

const ATTENDANCE: Record<DossierMeeting["attendance"][number]["status"], string> = {
  PRESENT: "Có mặt",
  REPRESENTED: "Cử người dự thay",
  ABSENT: "Vắng",
};

/** The nominee as printed: "Nguyễn Thị Hoa, Phó Trưởng ban (Ban Tuyên giáo)", the collective, or the agency. */
export function nomineeName(n: Pick<DossierNominee, "personName" | "personPosition" | "collectiveName" | "agencyName">, withPosition = false): string {
  if (n.personName) return `${n.personName}${withPosition && n.personPosition ? `, ${n.personPosition}` : ""} (${n.agencyName})`;
  if (n.collectiveName) return `${n.collectiveName} (${n.agencyName})`;
  return n.agencyName;
}

/** SENT nominees grouped by award form (catalogue order), each by the chair's priority (0 last). */
export function nomineesByForm(nominees: readonly DossierNominee[]): { formName: string; authorityName: string; nominees: DossierNominee[] }[] {
  const rank = (p: number) => (p === 0 ? Number.POSITIVE_INFINITY : p);
  const groups = new Map<string, { formName: string; authorityName: string; order: number; nominees: DossierNominee[] }>();
  for (const n of nominees) {
    const g = groups.get(n.awardFormId) ?? { formName: n.awardFormName, authorityName: n.authorityName, order: n.awardFormOrder, nominees: [] };
    groups.set(n.awardFormId, g);
    g.nominees.push(n);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || compareVi(a.formName, b.formName))
    .map(({ order: _order, ...g }) => ({
      ...g,
      nominees: g.nominees.sort((a, b) => rank(a.priority) - rank(b.priority) || compareVi(nomineeName(a), nomineeName(b))),
    }));
}

/** Documents are issued after the conference: its year, or the year of achievement when none was recorded. */
function issueYear(d: DossierData): number {
  return d.meeting ? Number(d.meeting.heldOn.slice(0, 4)) : d.year;
}

function memo(d: DossierData): DocSpec {
  const groups = nomineesByForm(d.nominees);
  const collectives = d.nominees.filter((n) => n.target === "COLLECTIVE").length;
  const individuals = d.nominees.length - collectives;
  const blocks: DocBlock[] = [
    { kind: "para", text: "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh (qua Sở Nội vụ).", bold: true },
    { kind: "para", text: "Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành;", italics: true },
    {
      kind: "para",
      text: `Căn cứ kết quả chấm điểm, xếp hạng và bình xét thi đua năm ${d.year} của ${d.bloc.name}${d.meeting ? ` tại hội nghị tổng kết ngày ${formatDay(d.meeting.heldOn)}` : ""},`,
      italics: true,
    },
    {
      kind: "para",
      text: `${d.head ? `${d.head.agencyName}, thay mặt ${d.bloc.name},` : `${d.bloc.name}`} kính đề nghị khen thưởng cho ${formatNumber(collectives)} tập thể và ${formatNumber(individuals)} cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm ${d.year}, cụ thể như sau:`,
    },
  ];
  if (groups.length === 0) blocks.push({ kind: "para", text: "(Chưa có đề nghị nào được gửi cấp trên.)", italics: true });
  groups.forEach((g, i) => {
    blocks.push({ kind: "heading", text: `${i + 1}. ${g.formName} (${formatNumber(g.nominees.length)})` });
    blocks.push({ kind: "para", text: `Cấp quyết định: ${g.authorityName}.`, italics: true });
    blocks.push({
      kind: "table",
      head: ["TT", "Tập thể / cá nhân", "Cơ quan", "Thứ tự ưu tiên"],
      widths: [8, 47, 30, 15],
      rows: g.nominees.map((n, j) => [
        String(j + 1),
        n.personName ? `${n.personName}${n.personPosition ? `, ${n.personPosition}` : ""}` : (n.collectiveName ?? n.agencyName),
        n.agencyName,
        n.priority > 0 ? String(n.priority) : "—",
      ]),
    });
  });
  blocks.push({
    kind: "para",
    text: `Hồ sơ kèm theo: biên bản hội nghị tổng kết, biên bản kiểm phiếu và báo cáo thành tích của từng tập thể, cá nhân được đề nghị.`,
  });
  blocks.push({ kind: "para", text: `Kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.` });
  return {
    slug: "to-trinh",
    fileName: `01 Tờ trình đề nghị khen thưởng năm ${d.year}.docx`,
    title: "TỜ TRÌNH",
    subtitle: `Về việc đề nghị khen thưởng thành tích phong trào thi đua năm ${d.year}`,
    issuer: d.head?.agencyName ?? null,
    numberLine: "Số: …/TTr-…",
    dated: { day: null, year: issueYear(d) },
    blocks,
    signers: [{ role: "TM. KHỐI THI ĐUA — TRƯỞNG KHỐI", name: d.head?.personName ?? null }],
  };
}

function conferenceMinutes(d: DossierData, m: DossierMeeting): DocSpec {
  const count = (s: DossierMeeting["attendance"][number]["status"]) => m.attendance.filter((a) => a.status === s).length;
  const blocks: DocBlock[] = [
    { kind: "para", text: `Thời gian: ngày ${formatDay(m.heldOn)}. Địa điểm: ${m.place}.` },
    { kind: "para", text: `Chủ trì: ${m.chairName}. Thư ký: ${m.secretaryName ?? "…"}.` },
    {
      kind: "para",
      text: `Thành phần: số đơn vị được triệu tập ${formatNumber(d.memberCount)}; có mặt ${formatNumber(count("PRESENT"))}; cử người dự thay ${formatNumber(count("REPRESENTED"))}; vắng ${formatNumber(count("ABSENT"))}.`,
    },
    {
      kind: "table",
      head: ["TT", "Cơ quan, đơn vị", "Tình hình tham dự", "Ghi chú"],
      widths: [8, 47, 20, 25],
      rows: m.attendance.map((a, i) => [
        String(i + 1),
        a.agencyName,
        ATTENDANCE[a.status],
        a.status === "ABSENT" ? (a.absenceReason ?? "") : (a.representativeName ?? ""),
      ]),
    },
    { kind: "heading", text: "Nội dung hội nghị" },
    ...(m.agenda.length
      ? m.agenda.map((a, i) => ({ kind: "para" as const, text: `${i + 1}. ${a}` }))
      : [{ kind: "para" as const, text: "(Chưa ghi chương trình.)", italics: true }]),
    { kind: "heading", text: "Kết quả biểu quyết" },
    ...(m.voteOutcomes.length
      ? m.voteOutcomes.map((v) => ({ kind: "para" as const, text: `${v.title}: ${v.outcome}` }))
      : [{ kind: "para" as const, text: "(Chưa có cuộc biểu quyết nào đã kết thúc.)", italics: true }]),
    ...(m.notes
      ? [
          { kind: "heading" as const, text: "Kết luận" },
          { kind: "para" as const, text: m.notes },
        ]
      : []),
  ];
  return {
    slug: "bien-ban-hoi-nghi",
    fileName: `02 Biên bản hội nghị tổng kết năm ${d.year}.docx`,
    title: "BIÊN BẢN",
    dated: { day: m.heldOn, year: Number(m.heldOn.slice(0, 4)) },
    subtitle: `Hội nghị tổng kết phong trào thi đua năm ${d.year}`,
    issuer: null,
    numberLine: null,
    blocks,
    signers: [
      { role: "THƯ KÝ", name: m.secretaryName },
      { role: "CHỦ TRÌ", name: m.chairName },
    ],
  };
}

function voteMinutes(d: DossierData, v: DossierData["voteMinutes"][number], i: number): DocSpec {
  return {
    slug: `bien-ban-kiem-phieu-${i + 1}`,
    fileName: safeFileName(`03 Biên bản kiểm phiếu ${i + 1} - ${v.title}`) + ".docx",
    title: "BIÊN BẢN KIỂM PHIẾU",
    dated: { day: d.meeting?.heldOn ?? null, year: issueYear(d) },
    subtitle: v.title,
    issuer: null,
    numberLine: null,
    blocks: v.lines.map((text) => ({ kind: "para", text })),
    signers: [{ role: "BAN KIỂM PHIẾU", name: null }],
  };
}

function achievementReport(d: DossierData, n: DossierNominee, i: number): DocSpec {
  const f = d.facts[n.agencyId] ?? { result: null, registration: null, pledgeSignedOn: null, pastAwards: [] };
  const blocks: DocBlock[] = [];
  if (n.target === "INDIVIDUAL") {
    blocks.push(
      { kind: "heading", text: "I. SƠ LƯỢC LÝ LỊCH" },
      { kind: "para", text: `Họ và tên: ${n.personName ?? "…"}.` },
      { kind: "para", text: `Chức vụ: ${n.personPosition ?? "…"}.` },
      { kind: "para", text: `Cơ quan, đơn vị công tác: ${n.agencyName}.` },
      { kind: "heading", text: "II. THÀNH TÍCH ĐẠT ĐƯỢC" },
      { kind: "para", text: n.achievements?.trim() || "(Cơ quan bổ sung thành tích của cá nhân.)", italics: !n.achievements?.trim() },
    );
  } else {
    blocks.push(
      { kind: "heading", text: "I. ĐẶC ĐIỂM, TÌNH HÌNH" },
      {
        kind: "para",
        text: `Tên tập thể: ${n.collectiveName ? `${n.collectiveName}, ${n.agencyName}` : n.agencyName}; thành viên ${d.bloc.name} năm ${d.year}.`,
      },
      { kind: "para", text: "Chức năng, nhiệm vụ, cơ cấu tổ chức, số lượng cán bộ: (cơ quan bổ sung).", italics: true },
      { kind: "heading", text: "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ" },
      {
        kind: "para",
        text: f.result
          ? `Kết quả chấm điểm thi đua năm ${d.year} do Khối công bố (bản công bố số ${f.result.publicationVersion}): ${formatNumber(f.result.total)} điểm, xếp thứ ${f.result.rank}/${d.memberCount} đơn vị${f.result.bandLabel ? `, xếp loại ${f.result.bandLabel}` : ""}.`
          : `Khối chưa công bố kết quả chấm điểm năm ${d.year}.`,
      },
      {
        kind: "para",
        text: f.registration
          ? `Đăng ký thi đua năm ${d.year}${f.registration.titles.length ? `: ${f.registration.titles.join("; ")}` : ""}.`
          : `Không có bản đăng ký thi đua năm ${d.year}.`,
      },
      ...(f.registration?.targets.length ? f.registration.targets.map((t, j) => ({ kind: "para" as const, text: `Chỉ tiêu ${j + 1}: ${t}` })) : []),
      {
        kind: "para",
        text: f.pledgeSignedOn
          ? `Ký giao ước thi đua năm ${d.year} ngày ${formatDay(f.pledgeSignedOn)}.`
          : `Chưa ghi nhận chữ ký giao ước thi đua năm ${d.year}.`,
      },
      ...(n.achievements?.trim() ? [{ kind: "para" as const, text: n.achievements.trim() }] : []),
    );
  }
  blocks.push({ kind: "heading", text: "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" });
  if (f.pastAwards.length === 0) blocks.push({ kind: "para", text: "(Chưa có quyết định khen thưởng nào được ghi nhận trong khối.)", italics: true });
  else
    blocks.push({
      kind: "table",
      head: ["Năm", "Hình thức khen thưởng, quyết định"],
      widths: [15, 85],
      rows: f.pastAwards.map((a) => [String(a.year), a.text]),
    });
  const name = nomineeName(n);
  return {
    slug: `bao-cao-thanh-tich-${i + 1}`,
    fileName: safeFileName(`04 Báo cáo thành tích ${i + 1} - ${name}`) + ".docx",
    title: "BÁO CÁO THÀNH TÍCH",
    dated: { day: null, year: issueYear(d) },
    subtitle: `Đề nghị tặng ${n.awardFormName} — ${name}`,
    issuer: n.agencyName,
    numberLine: null,
    blocks,
    signers: [{ role: n.target === "INDIVIDUAL" ? "NGƯỜI BÁO CÁO" : "THỦ TRƯỞNG CƠ QUAN", name: n.target === "INDIVIDUAL" ? n.personName : null }],
  };
}

/**
 * Every document of the dossier, in bundle order: memo, conference minutes (when a year-end
 * conference was recorded), vote-count minutes per closed vote, then one achievement report per
 * nominee in the memo's order.
 */
export function dossierDocuments(d: DossierData): DocSpec[] {
  const ordered = nomineesByForm(d.nominees).flatMap((g) => g.nominees);
  return [
    memo(d),
    ...(d.meeting ? [conferenceMinutes(d, d.meeting)] : []),
    ...d.voteMinutes.map((v, i) => voteMinutes(d, v, i)),
    ...ordered.map((n, i) => achievementReport(d, n, i)),
  ];
}
