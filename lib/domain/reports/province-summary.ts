import { compareVi, formatDay, formatNumber, sortVi } from "@/lib/format";
import { recipientLines, type OfficialDoc } from "@/lib/domain/official-document";

/**
 * The province summary across blocs (báo cáo tổng hợp các khối, cụm thi đua) for council staff:
 * one row per bloc of the province — with the provinces it absorbed — or of the central level,
 * for one year: members, registrations sent, the pledge signed, results published and the
 * leaders, the year-end conference, nominations by award form and decisions. The same rows make
 * the .xlsx (lib/documents/province-summary-xlsx.ts) and the .docx (an OfficialDoc). Pure.
 */
export interface ProvinceBlocFacts {
  code: string;
  name: string;
  /** null: the bloc has not opened this year. */
  year: {
    members: number;
    registrationsSent: number;
    pledge: { version: number; signed: number } | null;
    publication: { version: number; leaders: string[] } | null;
    conferenceOn: string | null;
    nominations: { formName: string; formOrder: number; count: number }[];
    decisions: { recorded: number; awarded: number };
  } | null;
}

export interface ProvinceSummaryInput {
  /** "Quảng Ngãi", or "Cấp Trung ương". */
  scopeName: string;
  isCentral: boolean;
  year: number;
  /** The export day (yyyy-MM-dd): the date line's year, "Xuất ngày". */
  today: string;
  blocs: ProvinceBlocFacts[];
}

export interface ProvinceSummaryRow {
  order: number;
  code: string;
  name: string;
  opened: boolean;
  members: number | null;
  registrations: number | null;
  pledge: string;
  results: string;
  conference: string;
  /** Nominations sent, per award form name (the summary's `forms`). */
  nominations: Record<string, number>;
  nominationsText: string;
  decisions: string;
}

export interface ProvinceSummary {
  title: string;
  year: number;
  scopeName: string;
  exportedOn: string;
  /** Every award form nominated for in some bloc, in catalogue order: the .xlsx's columns. */
  forms: string[];
  rows: ProvinceSummaryRow[];
  totals: {
    blocs: number;
    opened: number;
    members: number;
    registrations: number;
    pledgesSigned: number;
    published: number;
    conferences: number;
    nominations: Record<string, number>;
    decisions: number;
  };
}

const NOT_OPENED = "Chưa lập năm thi đua";

export function provinceSummary(input: ProvinceSummaryInput): ProvinceSummary {
  const blocs = sortVi(input.blocs, (b) => b.name);
  const order = new Map<string, number>();
  for (const b of blocs) for (const n of b.year?.nominations ?? []) order.set(n.formName, Math.min(order.get(n.formName) ?? Infinity, n.formOrder));
  const forms = [...order].sort(([a, x], [b, y]) => x - y || compareVi(a, b)).map(([name]) => name);
  const rows = blocs.map((b, i): ProvinceSummaryRow => {
    const y = b.year;
    const nominations = Object.fromEntries((y?.nominations ?? []).map((n) => [n.formName, n.count]));
    return {
      order: i + 1,
      code: b.code,
      name: b.name,
      opened: y !== null,
      members: y?.members ?? null,
      registrations: y?.registrationsSent ?? null,
      pledge: !y ? NOT_OPENED : y.pledge ? `Đã ký ${formatNumber(y.pledge.signed)}/${formatNumber(y.members)} (phiên bản ${y.pledge.version})` : "Chưa ký kết",
      results: !y ? NOT_OPENED : y.publication ? `Công bố lần ${y.publication.version}; dẫn đầu: ${y.publication.leaders.join(", ") || "—"}` : "Chưa công bố",
      conference: !y ? NOT_OPENED : y.conferenceOn ? `Đã tổ chức ngày ${formatDay(y.conferenceOn)}` : "Chưa tổ chức",
      nominations,
      nominationsText: !y
        ? NOT_OPENED
        : forms
            .filter((f) => nominations[f])
            .map((f) => `${f}: ${formatNumber(nominations[f]!)}`)
            .join("; ") || "Chưa gửi đề nghị",
      decisions: !y
        ? NOT_OPENED
        : y.decisions.recorded > 0
          ? `${formatNumber(y.decisions.recorded)} quyết định; ${formatNumber(y.decisions.awarded)} được khen thưởng`
          : "Chưa có quyết định",
    };
  });
  const opened = blocs.flatMap((b) => (b.year ? [b.year] : []));
  const sum = (f: (y: (typeof opened)[number]) => number) => opened.reduce((s, y) => s + f(y), 0);
  return {
    title: `Kết quả thi đua, khen thưởng của các khối, cụm thi đua năm ${input.year}`,
    year: input.year,
    scopeName: input.scopeName,
    exportedOn: formatDay(input.today),
    forms,
    rows,
    totals: {
      blocs: blocs.length,
      opened: opened.length,
      members: sum((y) => y.members),
      registrations: sum((y) => y.registrationsSent),
      pledgesSigned: sum((y) => (y.pledge ? 1 : 0)),
      published: sum((y) => (y.publication ? 1 : 0)),
      conferences: sum((y) => (y.conferenceOn ? 1 : 0)),
      nominations: Object.fromEntries(forms.map((f) => [f, rows.reduce((s, r) => s + (r.nominations[f] ?? 0), 0)])),
      decisions: sum((y) => y.decisions.recorded),
    },
  };
}

/** The summary as a document ready to sign, in the State layout (the council is a State body). */
export function provinceSummaryDocument(s: ProvinceSummary, input: Pick<ProvinceSummaryInput, "isCentral" | "today">): OfficialDoc {
  const t = s.totals;
  const n = formatNumber;
  return {
    isParty: false,
    issuer: [`Hội đồng Thi đua - Khen thưởng ${input.isCentral ? "Trung ương" : s.scopeName}`],
    numberLine: "Số: …/BC-HĐTĐKT",
    place: input.isCentral ? "Hà Nội" : s.scopeName,
    dated: { day: null, year: Number(input.today.slice(0, 4)) },
    title: "BÁO CÁO TỔNG HỢP",
    subtitle: s.title,
    blocks: [
      {
        kind: "para",
        text:
          `Năm ${s.year}, ${s.scopeName} có ${n(t.blocs)} khối, cụm thi đua (${n(t.opened)} đã lập năm thi đua) với ${n(t.members)} lượt cơ quan, đơn vị thành viên; ` +
          `${n(t.registrations)} đăng ký thi đua đã gửi; ${n(t.pledgesSigned)} khối, cụm đã ký kết giao ước; ${n(t.published)} đã công bố kết quả; ` +
          `${n(t.conferences)} đã tổ chức hội nghị tổng kết; ${n(t.decisions)} quyết định khen thưởng đã được ghi nhận.`,
      },
      ...(s.rows.length > 0
        ? [
            {
              kind: "table" as const,
              head: [
                "TT",
                "Khối, cụm thi đua",
                "Thành viên",
                "Đăng ký đã gửi",
                "Giao ước",
                "Kết quả",
                "Hội nghị tổng kết",
                "Đề nghị khen thưởng",
                "Quyết định",
              ],
              widths: [5, 17, 8, 8, 11, 15, 11, 14, 11],
              align: ["center", "left", "center", "center", "left", "left", "left", "left", "left"] as ("left" | "center" | "right")[],
              rows: s.rows.map((r) => [
                String(r.order),
                r.name,
                r.members === null ? "—" : n(r.members),
                r.registrations === null ? "—" : n(r.registrations),
                r.pledge,
                r.results,
                r.conference,
                r.nominationsText,
                r.decisions,
              ]),
            },
          ]
        : [{ kind: "para" as const, text: `${s.scopeName} chưa có khối, cụm thi đua nào.`, italics: true }]),
    ],
    signers: [{ role: ["TM. HỘI ĐỒNG", "CHỦ TỊCH"], name: null }],
    recipients: recipientLines(["Các khối, cụm thi đua"], false),
    docTitle: `Báo cáo tổng hợp các khối, cụm thi đua năm ${s.year} — ${s.scopeName}`,
  };
}
