import { describe, expect, it } from "vitest";
import type { DocBlock } from "@/lib/domain/official-document";
import { yearEndReportDocument } from "./year-end-document";
import { reportInput } from "./year-end-fixtures";
import { roleModelBlocks, roleModelFigures, type ReportRoleModel } from "./year-end-role-models";

const entry = (over: Partial<ReportRoleModel>): ReportRoleModel => ({
  target: "COLLECTIVE",
  stage: "FOUND",
  name: "Chi đoàn",
  agencyName: "Ban A",
  proposedFor: [],
  ...over,
});

describe("roleModelFigures", () => {
  it("counts an entry under every stage it reached, collectives and individuals apart", () => {
    const f = roleModelFigures(reportInput().roleModels);
    expect(f.total).toBe(4);
    expect(f.byStage.map((s) => [s.label, s.collectives, s.individuals])).toEqual([
      ["Phát hiện", 2, 2],
      ["Bồi dưỡng", 1, 2],
      ["Tổng kết", 1, 1],
      ["Nhân rộng", 1, 1],
    ]);
  });

  it("lists the replicated entries by agency then name", () => {
    const f = roleModelFigures([
      entry({ stage: "REPLICATED", name: "Tổ B", agencyName: "Văn phòng" }),
      entry({ stage: "REPLICATED", name: "Tổ A", agencyName: "Văn phòng" }),
      entry({ stage: "REPLICATED", name: "Tổ C", agencyName: "Ban Dân vận" }),
      entry({ stage: "REVIEWED", name: "Tổ D", agencyName: "Ban Dân vận" }),
    ]);
    expect(f.replicated.map((e) => `${e.agencyName}/${e.name}`)).toEqual(["Ban Dân vận/Tổ C", "Văn phòng/Tổ A", "Văn phòng/Tổ B"]);
  });
});

describe("roleModelBlocks", () => {
  const textOf = (blocks: DocBlock[]) => blocks.map((b) => (b.kind === "table" ? [b.head, ...b.rows].map((r) => r.join(" | ")).join("\n") : b.text)).join("\n");

  it("is part II's sixth section of the report: counts per stage, the replicated entries, their agency and proposal", () => {
    const text = textOf(yearEndReportDocument(reportInput()).blocks);
    expect(text).toContain("6. Phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến");
    expect(text).toContain("Sổ điển hình tiên tiến năm 2026 ghi nhận 4 điển hình");
    expect(text).toContain("Bồi dưỡng | 1 | 2 | 3");
    expect(text).toContain("Điển hình đã được nhân rộng (2):");
    expect(text).toContain("1 | Chi bộ Phòng Tổ chức (tập thể) | Ban Tổ chức Tỉnh ủy | Đã đề nghị: Bằng khen của Chủ tịch UBND tỉnh");
    expect(text).toContain("2 | Lê Văn Bình (cá nhân) | Ban Tuyên giáo Tỉnh ủy | Chưa đề nghị");
  });

  it("says in words that the register is empty, or that nothing reached “nhân rộng” yet", () => {
    expect(roleModelBlocks([], 2026, 6)).toEqual([
      { kind: "heading", text: "6. Phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến" },
      { kind: "para", text: "Chưa có điển hình tiên tiến nào được ghi vào sổ điển hình năm 2026.", italics: true },
    ]);
    const blocks = roleModelBlocks([entry({ stage: "REVIEWED" })], 2026, 6);
    expect(blocks.at(-1)).toEqual({ kind: "para", text: "Chưa có điển hình nào đạt khâu “Nhân rộng” trong năm 2026.", italics: true });
    expect(blocks.filter((b) => b.kind === "table")).toHaveLength(1);
  });
});
