/**
 * The proposal dossier (hồ sơ đề nghị khen thưởng; docs/domain/documents.md#dossier): the
 * proposal memo (tờ trình) with the list of SENT nominees by form and priority, the year-end
 * conference minutes, the vote-count minutes of each CLOSED vote, and one achievement report
 * (báo cáo thành tích) per nominee filled from its published result, registration and pledge.
 * Plain data in, document specs out (final Vietnamese text); lib/server/dossier draws them as
 * .docx. Pure.
 */
import { formatDay, formatNumber } from "@/lib/format";
import type { DossierNominee, DossierMeeting, DossierData, DocBlock, DocSpec } from "./dossier-types";
import { memo } from "./dossier-memo";
import { issueYear, nomineeName, nomineesByForm } from "./dossier-nominees";
import { safeFileName } from "./file-names";

export { nomineeName, nomineesByForm } from "./dossier-nominees";

const ATTENDANCE: Record<DossierMeeting["attendance"][number]["status"], string> = {
  PRESENT: "Có mặt",
  REPRESENTED: "Cử người dự thay",
  ABSENT: "Vắng",
};

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
      { role: ["THƯ KÝ"], name: m.secretaryName },
      { role: ["CHỦ TRÌ"], name: m.chairName },
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
    signers: [{ role: ["BAN KIỂM PHIẾU"], name: null }],
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
    signers: [{ role: [n.target === "INDIVIDUAL" ? "NGƯỜI BÁO CÁO" : "THỦ TRƯỞNG CƠ QUAN"], name: n.target === "INDIVIDUAL" ? n.personName : null }],
  };
}

/**
 * Every document of the dossier, in bundle order: memo (when something was sent), conference minutes (when a year-end
 * conference was recorded), vote-count minutes per closed vote, then one achievement report per
 * nominee in the memo's order.
 */
export function dossierDocuments(d: DossierData): DocSpec[] {
  const ordered = nomineesByForm(d.nominees).flatMap((g) => g.nominees);
  return [
    // A memo proposes what was sent: with nothing sent there is nothing to propose.
    ...(d.nominees.length > 0 ? [memo(d)] : []),
    ...(d.meeting ? [conferenceMinutes(d, d.meeting)] : []),
    ...d.voteMinutes.map((v, i) => voteMinutes(d, v, i)),
    ...ordered.map((n, i) => achievementReport(d, n, i)),
  ];
}
