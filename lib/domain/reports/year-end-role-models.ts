import { ROLE_MODEL_STAGE_LABELS } from "@/lib/domain/labels";
import type { DocBlock } from "@/lib/domain/official-document";
import { formatNumber, sortVi } from "@/lib/format";

/**
 * The year-end report's section on the role-model register (docs/decisions/0039, 0041):
 * "phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến" — how many collectives and
 * individuals reached each of the "4 khâu", and the entries that reached "nhân rộng" with their
 * agency and whether they were proposed for an award. An entry counts under every stage it has
 * reached (one replicated was also found, fostered and reviewed), as the 4 khâu are a funnel.
 * Pure; the figures come from lib/server/reports/get-year-end-report.ts.
 */
export type RoleModelStageKey = keyof typeof ROLE_MODEL_STAGE_LABELS;

export interface ReportRoleModel {
  target: "COLLECTIVE" | "INDIVIDUAL";
  stage: RoleModelStageKey;
  name: string;
  agencyName: string;
  /** The award forms it was proposed for from the register (nominations proposed or sent). */
  proposedFor: string[];
}

const ORDER: readonly RoleModelStageKey[] = ["FOUND", "FOSTERED", "REVIEWED", "REPLICATED"];

export interface RoleModelFigures {
  total: number;
  /** Per stage, the entries that reached it: collectives and individuals. */
  byStage: { stage: RoleModelStageKey; label: string; collectives: number; individuals: number }[];
  /** Entries at "nhân rộng", by agency then name. */
  replicated: ReportRoleModel[];
}

export function roleModelFigures(entries: readonly ReportRoleModel[]): RoleModelFigures {
  const reached = (e: ReportRoleModel, stage: RoleModelStageKey) => ORDER.indexOf(e.stage) >= ORDER.indexOf(stage);
  return {
    total: entries.length,
    byStage: ORDER.map((stage) => ({
      stage,
      label: ROLE_MODEL_STAGE_LABELS[stage],
      collectives: entries.filter((e) => e.target === "COLLECTIVE" && reached(e, stage)).length,
      individuals: entries.filter((e) => e.target === "INDIVIDUAL" && reached(e, stage)).length,
    })),
    replicated: sortVi(
      entries.filter((e) => e.stage === "REPLICATED"),
      (e) => `${e.agencyName}|${e.name}`,
    ),
  };
}

const n = (v: number) => formatNumber(v);
const missing = (text: string): DocBlock => ({ kind: "para", text, italics: true });

/** The report's blocks for the register, numbered `number` in part II. */
export function roleModelBlocks(entries: readonly ReportRoleModel[], year: number, number: number): DocBlock[] {
  const heading: DocBlock = { kind: "heading", text: `${number}. Phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến` };
  if (entries.length === 0) return [heading, missing(`Chưa có điển hình tiên tiến nào được ghi vào sổ điển hình năm ${year}.`)];
  const f = roleModelFigures(entries);
  return [
    heading,
    { kind: "para", text: `Sổ điển hình tiên tiến năm ${year} ghi nhận ${n(f.total)} điển hình (tập thể và cá nhân); số điển hình đã đạt từng khâu:` },
    {
      kind: "table",
      head: ["Khâu", "Tập thể", "Cá nhân", "Cộng"],
      widths: [40, 20, 20, 20],
      align: ["left", "center", "center", "center"],
      rows: f.byStage.map((s) => [s.label, n(s.collectives), n(s.individuals), n(s.collectives + s.individuals)]),
    },
    ...(f.replicated.length > 0
      ? [
          { kind: "para", text: `Điển hình đã được nhân rộng (${n(f.replicated.length)}):` } as DocBlock,
          {
            kind: "table",
            head: ["TT", "Điển hình", "Cơ quan, đơn vị", "Đề nghị khen thưởng"],
            widths: [8, 36, 28, 28],
            align: ["center", "left", "left", "left"],
            rows: f.replicated.map((e, i) => [
              String(i + 1),
              `${e.name} (${e.target === "INDIVIDUAL" ? "cá nhân" : "tập thể"})`,
              e.agencyName,
              e.proposedFor.length > 0 ? `Đã đề nghị: ${e.proposedFor.join("; ")}` : "Chưa đề nghị",
            ]),
          } as DocBlock,
        ]
      : [missing(`Chưa có điển hình nào đạt khâu “${ROLE_MODEL_STAGE_LABELS.REPLICATED}” trong năm ${year}.`)]),
  ];
}
