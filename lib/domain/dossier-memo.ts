/**
 * The proposal memo (tờ trình) of the dossier: addressed to whoever decides the forms proposed,
 * through the right channel, citing the law and decree in force when it is issued
 * (legal-bases.ts), with the list of SENT nominees by form and priority. Pure.
 *
 * Channels: a provincial bloc sends everything to the province's chair (qua Sở Nội vụ), who
 * decides the provincial forms and proposes the Prime Minister's; a central bloc sends the
 * Prime Minister's forms to the Prime Minister through the central emulation board
 * (docs/domain/awards.md#award-catalogue, docs/domain/documents.md#dossier).
 */
import { formatDay, formatNumber } from "@/lib/format";
import type { DocBlock, DocSpec, DossierData, DossierNominee } from "./dossier-types";
import { issueDay, issueYear, nomineesByForm } from "./dossier-nominees";
import { legalBasisOn } from "./legal-bases";
import { numberLine, recipientLines } from "./official-document";

const expand = (name: string) => name.replace(/\bUBND\b/g, "Ủy ban nhân dân");

/** "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum": the catalogue's name with the bloc's province. */
function provinceChair(d: DossierData): string {
  const named = d.nominees.find((n) => n.authorityKind === "PROVINCE_CHAIR")?.authorityName ?? "Chủ tịch UBND tỉnh";
  const chair = expand(named);
  return d.bloc.province && !chair.includes(d.bloc.province) ? `${chair} ${d.bloc.province}` : chair;
}

/** Who the memo goes to for one nominee's form, and through whom. */
function addressee(d: DossierData, n: DossierNominee): { to: string; via: string | null } {
  if (n.authorityKind === "PRIME_MINISTER" && d.bloc.level === "CENTRAL") return { to: "Thủ tướng Chính phủ", via: "Ban Thi đua – Khen thưởng Trung ương" };
  if (n.authorityKind === "PRIME_MINISTER" || n.authorityKind === "PROVINCE_CHAIR") return { to: provinceChair(d), via: "Sở Nội vụ" };
  return { to: expand(n.authorityName), via: null };
}

/** The addressees, in catalogue order, each once. */
function memoAddressees(d: DossierData): { to: string; via: string | null }[] {
  const seen = new Map<string, { to: string; via: string | null }>();
  for (const g of nomineesByForm(d.nominees)) {
    const a = addressee(d, g.nominees[0]!);
    if (!seen.has(a.to)) seen.set(a.to, a);
  }
  return [...seen.values()];
}

export function memo(d: DossierData): DocSpec {
  const groups = nomineesByForm(d.nominees);
  const collectives = d.nominees.filter((n) => n.target === "COLLECTIVE").length;
  const individuals = d.nominees.length - collectives;
  const to = memoAddressees(d);
  const line = (a: { to: string; via: string | null }) => `${a.to}${a.via ? ` (qua ${a.via})` : ""}`;
  // The memo is dated when it is signed; the conference day (or the year's end) chooses the instruments.
  const basis = legalBasisOn(issueDay(d));
  const forwardsToPM = d.bloc.level !== "CENTRAL" && d.nominees.some((n) => n.authorityKind === "PRIME_MINISTER");
  const blocks: DocBlock[] = [
    ...(to.length === 1
      ? [{ kind: "para" as const, text: `Kính gửi: ${line(to[0]!)}.`, bold: true }]
      : [
          { kind: "para" as const, text: "Kính gửi:", bold: true },
          ...to.map((a, i) => ({ kind: "para" as const, text: `- ${line(a)}${i === to.length - 1 ? "." : ";"}`, bold: true })),
        ]),
    { kind: "para", text: `Căn cứ ${basis.law};`, italics: true },
    ...(basis.decree ? [{ kind: "para" as const, text: `Căn cứ ${basis.decree};`, italics: true }] : []),
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
  groups.forEach((g, i) => {
    const pm = g.nominees[0]!.authorityKind === "PRIME_MINISTER" && forwardsToPM;
    blocks.push({ kind: "heading", text: `${i + 1}. ${g.formName} (${formatNumber(g.nominees.length)})` });
    blocks.push({ kind: "para", text: `Cấp quyết định: ${g.authorityName}${pm ? `, do ${provinceChair(d)} xem xét, trình` : ""}.`, italics: true });
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
  const deciders = to.map((a) => a.to).join(", ");
  blocks.push({
    kind: "para",
    text: forwardsToPM
      ? `Kính đề nghị ${deciders} xem xét, quyết định khen thưởng theo thẩm quyền và trình Thủ tướng Chính phủ khen thưởng các tập thể, cá nhân thuộc thẩm quyền của Thủ tướng Chính phủ./.`
      : `Kính đề nghị ${deciders} xem xét, quyết định./.`,
  });
  return {
    slug: "to-trinh",
    fileName: `01 Tờ trình đề nghị khen thưởng năm ${d.year}.docx`,
    title: "TỜ TRÌNH",
    subtitle: `Về việc đề nghị khen thưởng thành tích phong trào thi đua năm ${d.year}`,
    label: "Tờ trình đề nghị khen thưởng, kèm danh sách",
    detail: `${formatNumber(collectives)} tập thể, ${formatNumber(individuals)} cá nhân`,
    issuedBy: "bloc",
    issuer: d.head?.agencyName ?? null,
    numberLine: numberLine(d.bloc.isParty, "TTr", d.memoNumber),
    dated: { day: null, year: issueYear(d) },
    blocks,
    signers: [
      {
        role: [`TM. ${d.bloc.kind === "CUM" ? "CỤM" : "KHỐI"} THI ĐUA`, d.bloc.kind === "CUM" ? "CỤM TRƯỞNG" : "TRƯỞNG KHỐI"],
        name: d.head?.personName ?? null,
      },
    ],
    recipients: recipientLines(["Như trên", "Các cơ quan thành viên khối"], d.bloc.isParty),
  };
}
