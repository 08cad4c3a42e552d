import { describe, expect, it } from "vitest";
import type { DocBlock } from "@/lib/domain/official-document";
import { NOT_WRITTEN, paragraphs, yearEndReportDocument } from "./year-end-document";
import { yearEndFigures } from "./year-end-figures";
import { reportInput } from "./year-end-fixtures";

const textOf = (blocks: DocBlock[]) => blocks.map((b) => (b.kind === "table" ? [b.head, ...b.rows].map((r) => r.join(" | ")).join("\n") : b.text)).join("\n");

describe("yearEndFigures", () => {
  it("counts only the year's members", () => {
    const f = yearEndFigures(reportInput());
    expect(f.memberCount).toBe(3);
    expect(f.registrations).toEqual({
      sent: 2,
      accepted: 1,
      returned: 0,
      draft: 1,
      none: 0,
      // A draft's titles are not undertakings yet; the former member's are not the bloc's.
      byTitle: [
        { name: "Tập thể lao động xuất sắc", count: 2 },
        { name: "Cờ thi đua của UBND tỉnh", count: 1 },
      ],
    });
    expect(f.pledge).toEqual({ version: 2, commitments: 4, signed: 2, unsigned: ["Văn phòng Tỉnh ủy"] });
    expect(f.midYear).toEqual({ expected: 12, updated: 3, byStatus: { ACHIEVED: 1, ON_TRACK: 1, AT_RISK: 1, NOT_STARTED: 0 } });
  });

  it("reads bands and leaders from the published ranking, nominations by form in catalogue order, decisions without cancelled ones", () => {
    const f = yearEndFigures(reportInput());
    expect(f.bands).toEqual([{ label: "Hoàn thành xuất sắc nhiệm vụ", count: 2 }]);
    expect(f.leaders).toEqual(["Ban Tổ chức Tỉnh ủy"]);
    expect(f.nominationsByForm).toEqual([
      { formName: "Cờ thi đua của UBND tỉnh", nominees: ["Ban Tổ chức Tỉnh ủy"] },
      { formName: "Bằng khen của Chủ tịch UBND tỉnh", nominees: ["Ban Tuyên giáo Tỉnh ủy", "Nguyễn Thị Hoa (Ban Tổ chức Tỉnh ủy)"] },
    ]);
    expect(f.decisions).toEqual({ recorded: 1, cancelled: 1, approved: 1, changed: 1, rejected: 0 });
  });
});

describe("yearEndReportDocument", () => {
  it("is headed by the bloc over its head's agency in the bloc's layout, dated on the conference day, signed by the head", () => {
    const doc = yearEndReportDocument(reportInput());
    expect(doc.isParty).toBe(true);
    expect(doc.issuer).toEqual(["KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH A", "Ban Tổ chức Tỉnh ủy"]);
    expect(doc.numberLine).toBe("Số …-BC/…");
    expect(doc.dated).toEqual({ day: "2026-12-20", year: 2026 });
    expect(yearEndReportDocument({ ...reportInput(), number: "2-BC/KTĐ" }).numberLine).toBe("Số 2-BC/KTĐ");
    expect(doc.subtitle).toBe("Tổng kết công tác thi đua, khen thưởng năm 2026 của Khối thi đua các cơ quan Đảng tỉnh A");
    expect(doc.signers).toEqual([{ role: ["TM. KHỐI THI ĐUA", "KHỐI TRƯỞNG"], name: "Nguyễn Văn Trưởng" }]);
    expect(doc.recipients).toEqual(["- Hội đồng Thi đua - Khen thưởng tỉnh A;", "- Các cơ quan, đơn vị thành viên khối;", "- Lưu Văn phòng."]);
  });

  it("states the year's figures", () => {
    const text = textOf(yearEndReportDocument(reportInput()).blocks);
    expect(text).toContain("Năm 2026, Khối thi đua các cơ quan Đảng tỉnh A có 3 cơ quan, đơn vị thành viên");
    expect(text).toContain("Văn phòng Tỉnh ủy: tham gia từ ngày 01/03/2026.");
    expect(text).toContain("Khối trưởng: Ban Tổ chức Tỉnh ủy (Nguyễn Văn Trưởng); Khối phó: Ban Tuyên giáo Tỉnh ủy.");
    expect(text).toContain("2/3 cơ quan, đơn vị đã gửi đăng ký thi đua (1 đã được tiếp nhận)");
    expect(text).toContain("gồm 4 nội dung cam kết; 2/3 cơ quan, đơn vị đã ký; chưa ký: Văn phòng Tỉnh ủy.");
    expect(text).toContain("(3/12 lượt cam kết của các cơ quan đã cập nhật): đã đạt 1; đúng tiến độ 1; chậm, có nguy cơ 1; chưa triển khai 0.");
    expect(text).toContain("Theo kết quả công bố lần 2 ngày 10/12/2026:");
    expect(text).toContain("1 | Ban Tổ chức Tỉnh ủy | 97,5 | Hoàn thành xuất sắc nhiệm vụ");
    expect(text).toContain("Không xếp hạng: Văn phòng Tỉnh ủy (Chưa nộp bảng tự chấm điểm).");
    expect(text).toContain("2 cơ quan, đơn vị có mặt, 1 cử người dự thay, 0 vắng mặt.");
    expect(text).toContain("Suy tôn đơn vị dẫn đầu: Ban Tổ chức Tỉnh ủy được suy tôn.");
    expect(text).toContain("Khối đã đề nghị cấp có thẩm quyền khen thưởng 3 trường hợp:");
    expect(text).toContain("2 | Bằng khen của Chủ tịch UBND tỉnh | 2 | Ban Tuyên giáo Tỉnh ủy, Nguyễn Thị Hoa (Ban Tổ chức Tỉnh ủy)");
    expect(text).toContain("Quyết định số 45/QĐ-UBND ngày 15/01/2027 của Chủ tịch UBND tỉnh A: 2 trường hợp được khen thưởng.");
    expect(text).toContain("Quyết định số 12/QĐ-UBND ngày 05/01/2027 của Chủ tịch UBND tỉnh A (đã hủy).");
  });

  it("puts the written text under its headings, one paragraph per line, and marks a blank part as not written", () => {
    const blocks = yearEndReportDocument(reportInput()).blocks;
    const at = (heading: string) => blocks.findIndex((b) => b.kind === "heading" && b.text === heading);
    const assessment = at("III. ĐÁNH GIÁ CHUNG");
    expect(blocks.slice(assessment + 1, assessment + 3)).toEqual([
      { kind: "para", text: "Các cơ quan hoàn thành tốt nhiệm vụ." },
      { kind: "para", text: "Phong trào thi đua sôi nổi." },
    ]);
    expect(blocks[at("IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN") + 1]).toEqual({ kind: "para", text: NOT_WRITTEN, italics: true });
    expect(blocks[at("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027") + 1]).toEqual({ kind: "para", text: "Tiếp tục đổi mới." });
    expect(paragraphs("  \n ")).toEqual([{ kind: "para", text: NOT_WRITTEN, italics: true }]);
  });

  it("says what was not recorded instead of inventing it", () => {
    const doc = yearEndReportDocument(
      reportInput({
        members: [],
        officers: [],
        theme: null,
        registrations: [],
        pledge: null,
        midYearMeeting: null,
        publication: null,
        conference: null,
        nominations: [],
        decisions: [],
        roleModels: [],
        letterhead: { blocName: "Cụm thi đua số 2", blocKind: "CUM", isParty: false, place: null, headAgencyName: null },
      }),
    );
    const text = textOf(doc.blocks);
    expect(doc.issuer).toEqual(["CỤM THI ĐUA SỐ 2"]);
    expect(doc.dated).toEqual({ day: null, year: 2027 });
    expect(doc.signers[0]).toEqual({ role: ["TM. CỤM THI ĐUA", "CỤM TRƯỞNG"], name: null });
    for (const line of [
      "Chưa ghi nhận cơ quan, đơn vị thành viên của cụm trong năm 2026.",
      "Cụm trưởng: chưa ghi nhận; Cụm phó: chưa ghi nhận.",
      "Chưa ghi nhận chủ đề thi đua của năm 2026.",
      "Chưa có đăng ký danh hiệu, hình thức khen thưởng nào được gửi.",
      "Chưa có giao ước thi đua năm 2026 được ký kết (khóa).",
      "Kết quả chấm điểm năm 2026 chưa được công bố.",
      "Chưa ghi nhận hội nghị tổng kết năm 2026 của cụm.",
      "Chưa có đề nghị khen thưởng nào được gửi cấp có thẩm quyền.",
      "Chưa ghi nhận quyết định khen thưởng nào của cấp có thẩm quyền.",
      "Chưa có điển hình tiên tiến nào được ghi vào sổ điển hình năm 2026.",
    ])
      expect(text).toContain(line);
    expect(doc.blocks.filter((b) => b.kind === "table")).toEqual([]);
  });
});
