/**
 * One nominee's achievement report (báo cáo thành tích, docs/domain/documents.md#achievement-report)
 * in the sections of the annex form for the award proposed (achievement-report-forms.ts), filled
 * with what the app holds of the agency's year: the published result, the registration, the
 * signed pledge with the agency's progress, and the awards of recorded decisions. What the app does
 * not hold is a marked line for the agency to complete, never a guess. Pure.
 */
import { formatDay, formatNumber } from "@/lib/format";
import { reportFormFor, reportFormReference } from "./achievement-report-forms";
import type { DocBlock, DocSpec, DossierAgencyFacts, DossierData, DossierNominee, DossierPastAward } from "./dossier-types";
import { issueDay, issueYear, nomineeName } from "./dossier-nominees";
import { safeFileName } from "./file-names";
import { PROGRESS_STATUS_LABELS } from "./labels";

/** What the agency writes in by hand. */
export const TO_FILL = "………… (cơ quan bổ sung)";

const NO_FACTS: DossierAgencyFacts = { hasPartyOrganisation: true, hasMassOrganisations: true, result: null, registration: null, pledge: null, pastAwards: [] };
const upper = (s: string) => s.toLocaleUpperCase("vi-VN");
const fill = (label: string): DocBlock => ({ kind: "para", text: `${label}: ${TO_FILL}.`, italics: true });
const para = (text: string): DocBlock => ({ kind: "para", text });

/** The award as the title names it: "Cờ thi đua của Ủy ban nhân dân tỉnh Kon Tum". */
export function awardTitleName(d: DossierData, n: DossierNominee): string {
  const name = n.awardFormName
    .replace(/\s*\(cá nhân\)\s*$/u, "")
    .replace(/\bUBND\b/g, "Ủy ban nhân dân")
    .trim();
  const province = d.bloc.province;
  return province && /(tỉnh|thành phố)$/u.test(name) && !name.includes(province) ? `${name} ${province}` : name;
}

/** The awards of the nominee itself: the agency's own, its sub-collective's, or the person's. */
function ownAwards(n: DossierNominee, all: readonly DossierPastAward[]): DossierPastAward[] {
  const same = (a: string, b: string | null) => !!b && a.trim().toLocaleLowerCase("vi-VN") === b.trim().toLocaleLowerCase("vi-VN");
  return all.filter((a) =>
    a.recipient.kind === "PERSON"
      ? n.target === "INDIVIDUAL" && same(a.recipient.name, n.personName)
      : a.recipient.kind === "COLLECTIVE"
        ? n.target === "COLLECTIVE" && same(a.recipient.name, n.collectiveName)
        : n.target === "COLLECTIVE" && !n.collectiveName,
  );
}

function pastAwardBlocks(n: DossierNominee, facts: DossierAgencyFacts): DocBlock[] {
  const own = ownAwards(n, facts.pastAwards);
  const table = (isTitle: boolean, heading: string, column: string, what: string): DocBlock[] => {
    const rows = own.filter((a) => a.isTitle === isTitle);
    return [
      { kind: "heading", text: heading },
      rows.length > 0
        ? {
            kind: "table",
            head: ["Năm", column, `Số, ngày, tháng, năm của quyết định ${what}; cơ quan ban hành quyết định`],
            widths: [12, 38, 50],
            rows: rows.map((a) => [String(a.year), a.formName, `Quyết định số ${a.decisionNumber} ngày ${formatDay(a.issuedOn)} của ${a.issuer}`]),
          }
        : fill(`Chưa có quyết định nào được ghi nhận trong khối; ${column.toLocaleLowerCase("vi-VN")} đã nhận (nếu có)`),
    ];
  };
  return [
    { kind: "heading", text: "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" },
    ...table(true, "1. Danh hiệu thi đua", "Danh hiệu thi đua", "công nhận danh hiệu thi đua"),
    ...table(false, "2. Hình thức khen thưởng", "Hình thức khen thưởng", "khen thưởng"),
  ];
}

/** The published result: "97,5 điểm, xếp thứ 1/12 đơn vị, xếp loại Hoàn thành xuất sắc nhiệm vụ". */
function resultLine(d: DossierData, f: DossierAgencyFacts, agencyName: string): string {
  return f.result
    ? `Kết quả chấm điểm thi đua năm ${d.year} của ${agencyName} do ${d.bloc.name} công bố (bản công bố số ${f.result.publicationVersion}): ${formatNumber(f.result.total)} điểm, xếp thứ ${f.result.rank}/${d.memberCount} đơn vị${f.result.bandLabel ? `, xếp loại ${f.result.bandLabel}` : ""}.`
    : `${d.bloc.name} chưa công bố kết quả chấm điểm năm ${d.year}.`;
}

/** Results against the registration and the pledge, with figures, from what the agency recorded. */
function resultBlocks(d: DossierData, f: DossierAgencyFacts, agencyName: string): DocBlock[] {
  const blocks: DocBlock[] = [para(resultLine(d, f, agencyName))];
  if (!f.registration) blocks.push(para(`${agencyName} không có bản đăng ký thi đua năm ${d.year} trong khối.`));
  else {
    blocks.push(
      para(
        `Đăng ký thi đua năm ${d.year}${f.registration.titles.length ? `: ${f.registration.titles.join("; ")}` : " (không đăng ký danh hiệu)"}${f.registration.targets.length ? ", với các chỉ tiêu:" : "."}`,
      ),
    );
    if (f.registration.targets.length > 0)
      blocks.push({
        kind: "table",
        head: ["TT", "Chỉ tiêu đăng ký", "Giá trị đăng ký"],
        widths: [8, 67, 25],
        align: ["center", "left", "center"],
        rows: f.registration.targets.map((t) => [String(t.number), t.text, t.figure ?? "—"]),
      });
  }
  if (!f.pledge) blocks.push(para(`Khối chưa có giao ước thi đua năm ${d.year} đã khóa.`));
  else {
    blocks.push(
      para(
        f.pledge.signedOn
          ? `Ký giao ước thi đua năm ${d.year} của ${d.bloc.name} ngày ${formatDay(f.pledge.signedOn)}${f.pledge.commitments.length ? "; kết quả thực hiện các nội dung giao ước do cơ quan cập nhật:" : "."}`
          : `Chưa ghi nhận chữ ký giao ước thi đua năm ${d.year} của ${agencyName}${f.pledge.commitments.length ? "; kết quả thực hiện các nội dung giao ước do cơ quan cập nhật:" : "."}`,
      ),
    );
    if (f.pledge.commitments.length > 0)
      blocks.push({
        kind: "table",
        head: ["TT", "Nội dung giao ước", "Chỉ tiêu", "Kết quả"],
        widths: [8, 47, 20, 25],
        align: ["center", "left", "center", "left"],
        rows: f.pledge.commitments.map((c) => [
          String(c.number),
          c.text,
          c.figure ?? "—",
          c.progress
            ? `${PROGRESS_STATUS_LABELS[c.progress.status] ?? c.progress.status}${c.progress.value !== null ? ` (${formatNumber(c.progress.value)})` : ""}`
            : "Chưa cập nhật",
        ]),
      });
  }
  return blocks;
}

function collectiveBlocks(d: DossierData, n: DossierNominee, f: DossierAgencyFacts, fullName: string): DocBlock[] {
  return [
    { kind: "heading", text: "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" },
    { kind: "heading", text: "1. Đặc điểm, tình hình" },
    para(`${fullName} là ${n.collectiveName ? "tập thể thuộc cơ quan" : "cơ quan"} thành viên ${d.bloc.name} năm ${d.year}.`),
    fill(
      "Địa điểm trụ sở chính, điện thoại, địa chỉ trang tin điện tử; quá trình thành lập và phát triển; cơ cấu tổ chức, số lượng cán bộ, công chức, người lao động",
    ),
    ...organisationBlocks(f),
    { kind: "heading", text: "2. Chức năng, nhiệm vụ" },
    fill("Chức năng, nhiệm vụ được giao"),
    { kind: "heading", text: "II. THÀNH TÍCH ĐẠT ĐƯỢC" },
    { kind: "heading", text: `1. Kết quả thực hiện nhiệm vụ, chỉ tiêu thi đua năm ${d.year}` },
    ...resultBlocks(d, f, n.agencyName),
    ...(n.achievements?.trim() ? [para(n.achievements.trim())] : []),
    fill("Kết quả thực hiện từng nhiệm vụ, chỉ tiêu bằng số liệu cụ thể, so sánh với năm trước"),
    { kind: "heading", text: "2. Các giải pháp, biện pháp, nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng" },
    para(
      d.theme ? `Hưởng ứng phong trào thi đua “${d.theme}” năm ${d.year} của ${d.bloc.name}.` : `Tham gia phong trào thi đua năm ${d.year} của ${d.bloc.name}.`,
    ),
    fill("Các giải pháp, biện pháp và nguyên nhân đạt được thành tích; các phong trào thi đua đã áp dụng"),
    { kind: "heading", text: "3. Việc thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; công tác xây dựng Đảng, đoàn thể" },
    f.hasPartyOrganisation || f.hasMassOrganisations
      ? fill(`Kết quả đánh giá, xếp loại ${organisationWords(f)} năm ${d.year}`)
      : para("Cơ quan không có tổ chức đảng, đoàn thể riêng nên không có kết quả đánh giá, xếp loại tổ chức đảng, đoàn thể."),
    ...pastAwardBlocks(n, f),
  ];
}

function individualBlocks(d: DossierData, n: DossierNominee, f: DossierAgencyFacts): DocBlock[] {
  const known = (label: string, value: string | null | undefined): DocBlock => (value?.trim() ? para(`${label}: ${value.trim()}.`) : fill(label));
  return [
    { kind: "heading", text: "I. SƠ LƯỢC LÝ LỊCH" },
    known("Họ và tên", n.personName),
    fill("Ngày, tháng, năm sinh; giới tính; dân tộc"),
    fill("Quê quán; trú quán"),
    known("Đơn vị công tác", n.agencyName),
    known("Chức vụ (Đảng, chính quyền, đoàn thể)", n.personPosition),
    fill("Trình độ lý luận chính trị, chuyên môn, nghiệp vụ; học hàm, học vị, danh hiệu, giải thưởng"),
    { kind: "heading", text: "II. THÀNH TÍCH ĐẠT ĐƯỢC" },
    { kind: "heading", text: "1. Quyền hạn, nhiệm vụ được giao" },
    ...(n.personPosition?.trim() ? [para(`${n.personPosition.trim()}, ${n.agencyName}.`)] : []),
    fill("Quyền hạn, nhiệm vụ được giao"),
    { kind: "heading", text: `2. Thành tích đạt được năm ${d.year}` },
    ...(n.achievements?.trim() ? [para(n.achievements.trim())] : [fill("Thành tích đạt được, với số liệu cụ thể")]),
    para(resultLine(d, f, n.agencyName)),
    ...pastAwardBlocks(n, f),
  ];
}

/** The report of the `i`-th nominee (1-based in the file name), for the award proposed. */
export function achievementReport(d: DossierData, n: DossierNominee, i: number): DocSpec {
  const f = d.facts[n.agencyId] ?? NO_FACTS;
  const form = reportFormFor(
    { code: n.awardFormCode, name: n.awardFormName, target: n.target, isFlag: n.awardFormIsFlag, authorityKind: n.authorityKind },
    issueDay(d),
  );
  const individual = form.layout === "INDIVIDUAL";
  const fullName = n.collectiveName ? `${n.collectiveName}, ${n.agencyName}` : n.agencyName;
  const heading = individual ? `${n.personName ?? "…"}${n.personPosition ? `, ${n.personPosition}` : ""}, ${n.agencyName}` : fullName;
  const name = nomineeName(n);
  const reference = reportFormReference(form);
  return {
    slug: `bao-cao-thanh-tich-${i + 1}`,
    fileName: safeFileName(`04 Báo cáo thành tích ${i + 1} - ${name}`) + ".docx",
    title: "BÁO CÁO THÀNH TÍCH",
    subtitle: `ĐỀ NGHỊ TẶNG ${upper(awardTitleName(d, n))}`,
    label: `Báo cáo thành tích — ${name}`,
    detail: `Đề nghị tặng ${awardTitleName(d, n)}${reference ? `; theo ${reference}` : ""}`,
    issuedBy: "agency",
    issuer: n.agencyName,
    numberLine: null,
    dated: { day: null, year: issueYear(d) },
    blocks: [{ kind: "para", text: heading, bold: true, center: true }, ...(individual ? individualBlocks(d, n, f) : collectiveBlocks(d, n, f, fullName))],
    signers: individual
      ? [
          { role: ["THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ"], name: null, hint: "(Ký, đóng dấu)" },
          { role: ["NGƯỜI BÁO CÁO THÀNH TÍCH"], name: n.personName, hint: "(Ký, ghi rõ họ và tên)" },
        ]
      : [
          { role: ["THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN", "TRỰC TIẾP XÁC NHẬN, ĐÁNH GIÁ"], name: null, hint: "(Ký, đóng dấu)" },
          { role: ["THỦ TRƯỞNG ĐƠN VỊ"], name: null, hint: "(Ký, đóng dấu)" },
        ],
    form: reference,
  };
}

/** "tổ chức đảng, đoàn thể", or only the ones the agency has. */
function organisationWords(f: Pick<DossierAgencyFacts, "hasPartyOrganisation" | "hasMassOrganisations">): string {
  return [f.hasPartyOrganisation && "tổ chức đảng", f.hasMassOrganisations && "các tổ chức đoàn thể"].filter(Boolean).join(", ");
}

/**
 * The Party and mass organisations line: a collective without them must say so in its report
 * (TT 01/2024; docs/domain/edge-cases.md#case-34), so the report says it from the register
 * rather than leaving it to be typed.
 */
function organisationBlocks(f: Pick<DossierAgencyFacts, "hasPartyOrganisation" | "hasMassOrganisations">): DocBlock[] {
  if (f.hasPartyOrganisation && f.hasMassOrganisations) return [fill("Các tổ chức đảng, đoàn thể (nếu không có tổ chức đảng, đoàn thể thì ghi rõ)")];
  const without = [!f.hasPartyOrganisation && "tổ chức đảng riêng", !f.hasMassOrganisations && "tổ chức đoàn thể"].filter(Boolean).join(" và ");
  return [
    para(`Cơ quan không có ${without}.`),
    ...(f.hasPartyOrganisation ? [fill("Tổ chức đảng")] : f.hasMassOrganisations ? [fill("Các tổ chức đoàn thể")] : []),
  ];
}
