import { legalBasisOn } from "@/lib/domain/legal-bases";
import { agencyIssuer, numberLine, recipientLines, type BlocLetterhead, type DocBlock, type OfficialDoc } from "@/lib/domain/official-document";
import { compareVi, formatDay } from "@/lib/format";
import { buildOfficialDocx } from "./official-docx";
import { issuerLine } from "./pledge-layout";

/**
 * An award decision as council staff recorded it (quyết định khen thưởng,
 * docs/domain/documents.md#award-decision): issued by the authority that decided — the Prime
 * Minister, the province's People's Committee, the Party committee, the bloc's head agency — with
 * its own number, day and signer, the grounds in force on that day, and the collectives and
 * individuals awarded. A rejected item is not part of an award decision (it is answered by a
 * notice), so only approved and changed items are listed; a cancelled decision is marked so.
 */
export interface DecisionDocData {
  year: number;
  letterhead: BlocLetterhead;
  number: string;
  /** yyyy-MM-dd */
  issuedOn: string;
  signer: string;
  authorityKind: "PRIME_MINISTER" | "PROVINCE_CHAIR" | "PARTY_COMMITTEE" | "BLOC_HEAD_AGENCY" | "AGENCY_HEAD" | "OTHER";
  authorityName: string;
  cancelled: { on: string; reason: string | null; ref: string | null } | null;
  items: {
    agencyName: string;
    collectiveName: string | null;
    personName: string | null;
    awardFormName: string;
    awardFormOrder: number;
    outcome: "APPROVED" | "CHANGED" | "REJECTED";
    changedToFormName: string | null;
  }[];
}

interface Authority {
  isParty: boolean;
  issuer: string[];
  place: string | null;
  /** The line above "Căn cứ": who decides. */
  decides: string;
  signer: string[];
}

const upper = (s: string) => s.toLocaleUpperCase("vi-VN");
const expand = (s: string) => s.replace(/\bUBND\b/gu, "Ủy ban nhân dân");

/** Who issues the decision, in which format and under which title, from the recorded authority. */
export function decisionAuthority(d: Pick<DecisionDocData, "authorityKind" | "authorityName" | "letterhead">): Authority {
  const l = d.letterhead;
  const name = expand(d.authorityName.trim());
  switch (d.authorityKind) {
    case "PRIME_MINISTER":
      return { isParty: false, issuer: ["Thủ tướng Chính phủ"], place: "Hà Nội", decides: "THỦ TƯỚNG CHÍNH PHỦ", signer: ["THỦ TƯỚNG"] };
    case "PROVINCE_CHAIR": {
      let committee = name.replace(/^Chủ tịch\s+/iu, "");
      if (/^Ủy ban nhân dân(?: tỉnh)?$/iu.test(committee) && l.place) committee = `Ủy ban nhân dân tỉnh ${l.place}`;
      return { isParty: false, issuer: [committee], place: l.place, decides: `CHỦ TỊCH ${upper(committee)}`, signer: ["CHỦ TỊCH"] };
    }
    case "PARTY_COMMITTEE": {
      const standing = /^Ban Thường vụ\s+/iu.test(name);
      let committee = name.replace(/^Ban Thường vụ\s+/iu, "").replace(/,.*$/u, "");
      if (/^(?:Tỉnh|Thành) (?:ủy|uỷ)$/iu.test(committee) && l.place) committee = `${committee} ${l.place}`;
      return {
        isParty: true,
        issuer: [committee],
        place: l.place,
        decides: upper(standing ? `Ban Thường vụ ${committee}` : committee),
        signer: [standing ? "T/M BAN THƯỜNG VỤ" : `T/M ${upper(committee)}`],
      };
    }
    case "BLOC_HEAD_AGENCY": {
      const head = name.replace(/\s*\(.*\)\s*$/u, "") || l.headAgencyName;
      const bloc = issuerLine(l.blocName, l.blocKind);
      return {
        isParty: l.isParty,
        issuer: [bloc, ...(head ? [head] : [])],
        place: l.place,
        decides: `TRƯỞNG ${bloc}`,
        signer: [`TM. ${l.blocKind === "CUM" ? "CỤM" : "KHỐI"} THI ĐUA`, l.blocKind === "CUM" ? "CỤM TRƯỞNG" : "TRƯỞNG KHỐI"],
      };
    }
    default:
      return {
        isParty: l.isParty,
        issuer: agencyIssuer(name, l.place),
        place: l.place,
        decides: upper(name),
        signer: [d.authorityKind === "AGENCY_HEAD" ? "THỦ TRƯỞNG CƠ QUAN" : upper(name)],
      };
  }
}

const recipient = (i: DecisionDocData["items"][number]) =>
  i.personName ? `${i.personName}, ${i.agencyName}` : i.collectiveName ? `${i.collectiveName}, ${i.agencyName}` : i.agencyName;

export function decisionDocument(d: DecisionDocData): OfficialDoc {
  const a = decisionAuthority(d);
  const basis = legalBasisOn(d.issuedOn);
  const awarded = d.items
    .filter((i) => i.outcome !== "REJECTED")
    .map((i) => ({ form: i.outcome === "CHANGED" && i.changedToFormName ? i.changedToFormName : i.awardFormName, order: i.awardFormOrder, who: recipient(i) }))
    .sort((x, y) => x.order - y.order || compareVi(x.form, y.form) || compareVi(x.who, y.who));
  const cancelled = d.cancelled
    ? `(Quyết định này đã bị hủy ngày ${formatDay(d.cancelled.on)}${d.cancelled.ref ? ` theo ${d.cancelled.ref}` : ""}${d.cancelled.reason ? `; lý do: ${d.cancelled.reason}` : ""}.)`
    : null;
  const blocks: DocBlock[] = [
    ...(cancelled ? [{ kind: "para" as const, text: cancelled, italics: true }] : []),
    { kind: "para", text: a.decides, bold: true, center: true },
    { kind: "para", text: `Căn cứ ${basis.law};`, italics: true },
    ...(basis.decree ? [{ kind: "para" as const, text: `Căn cứ ${basis.decree};`, italics: true }] : []),
    { kind: "para", text: `Xét đề nghị của ${d.letterhead.blocName} về khen thưởng thành tích phong trào thi đua năm ${d.year}.`, italics: true },
    { kind: "para", text: "QUYẾT ĐỊNH:", bold: true, center: true },
    awarded.length > 0
      ? {
          kind: "para",
          text: `Điều 1. Tặng hình thức khen thưởng dưới đây cho ${awarded.length} tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm ${d.year} của ${d.letterhead.blocName}:`,
        }
      : { kind: "para", text: `Điều 1. Không khen thưởng tập thể, cá nhân nào trong số các đề nghị năm ${d.year} của ${d.letterhead.blocName}.` },
    ...(awarded.length > 0
      ? [
          {
            kind: "table" as const,
            head: ["TT", "Tập thể, cá nhân", "Hình thức khen thưởng"],
            widths: [8, 57, 35],
            rows: awarded.map((x, i) => [String(i + 1), x.who, x.form]),
          },
        ]
      : []),
    { kind: "para", text: "Điều 2. Quyết định này có hiệu lực kể từ ngày ký." },
    {
      kind: "para",
      text: `Điều 3. ${d.letterhead.blocName}, các cơ quan có tập thể, cá nhân có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
    },
  ];
  return {
    isParty: a.isParty,
    issuer: a.issuer,
    numberLine: numberLine(a.isParty, "QĐ", d.number),
    place: a.place,
    dated: { day: d.issuedOn, year: Number(d.issuedOn.slice(0, 4)) },
    mark: d.cancelled ? "QUYẾT ĐỊNH ĐÃ BỊ HỦY" : null,
    title: "QUYẾT ĐỊNH",
    subtitle: `Về việc khen thưởng thành tích phong trào thi đua năm ${d.year}`,
    blocks,
    // A copy of a decision already signed: the signer's name under "(Đã ký)".
    signers: [{ role: a.signer, name: d.signer, hint: "(Đã ký)" }],
    recipients: recipientLines(["Như Điều 3"], a.isParty),
  };
}

export function buildDecisionDocx(d: DecisionDocData): Promise<Buffer> {
  return buildOfficialDocx(decisionDocument(d));
}
