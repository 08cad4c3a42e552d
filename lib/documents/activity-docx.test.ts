import { describe, expect, it } from "vitest";
import { activityResultDocument, buildActivityPlanDocx, buildActivityResultDocx, type ActivityDocData } from "./activity-docx";
import { readDocx } from "./read-docx";

const data: ActivityDocData = {
  year: 2026,
  letterhead: {
    blocName: "Khối thi đua các cơ quan Đảng Trung ương",
    blocKind: "KHOI",
    isParty: true,
    place: "Hà Nội",
    headAgencyName: "Ban Tổ chức Trung ương",
  },
  kind: "CONTEST",
  title: "Văn hóa công sở",
  organiser: "Văn phòng Trung ương Đảng",
  startsOn: "2026-05-10",
  endsOn: "2026-05-12",
  description: null,
  criterion: { code: "17", name: "Văn hóa công sở, chấp hành nội quy, giờ giấc" },
  participants: [
    { agency: "Văn phòng Trung ương Đảng", personName: null, result: "Tham gia", prize: null, points: null },
    { agency: "Ban Tổ chức Trung ương", personName: "Nguyễn Văn An", result: "Xuất sắc", prize: "Giải Nhất", points: 3 },
    { agency: "Ban Dân vận Trung ương", personName: null, result: "Tốt", prize: "Giải Nhì", points: 2 },
  ],
};

describe("activity documents", () => {
  it("the result notice lists the participants by points, most first, in the Party layout", async () => {
    const doc = await readDocx(await buildActivityResultDocx(data));
    const text = doc.paragraphs.join("\n");
    expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(text).toContain("Số …-TB/…");
    expect(text).toContain("THÔNG BÁO");
    expect(text).toContain("Kết quả hội thi “Văn hóa công sở”");
    expect(text).toContain("từ ngày 10/05/2026 đến ngày 12/05/2026");
    const order = ["Ban Tổ chức Trung ương", "Ban Dân vận Trung ương", "Văn phòng Trung ương Đảng"].map((a) => doc.paragraphs.indexOf(a));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("tiêu chí 17 “Văn hóa công sở, chấp hành nội quy, giờ giấc”");
    expect(text).toContain("TM. BAN TỔ CHỨC");
  });

  it("a State bloc's plan uses the State layout, and an activity without participants says so in the notice", async () => {
    const state = {
      ...data,
      kind: "JOINT" as const,
      criterion: null,
      participants: [],
      letterhead: { ...data.letterhead, isParty: false, blocName: "Khối thi đua các sở" },
    };
    const plan = (await readDocx(await buildActivityPlanDocx(state))).paragraphs.join("\n");
    expect(plan).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(plan).toContain("KẾ HOẠCH");
    expect(plan).toContain("Tổ chức hoạt động “Văn hóa công sở”");
    expect(plan).toContain("Số: …/KH-…");
    expect(plan).not.toContain("ĐIỂM THI ĐUA");
    expect(plan).toContain("IV. TỔ CHỨC THỰC HIỆN");
    const notice = activityResultDocument(state);
    expect(notice.blocks.some((b) => b.kind === "para" && b.text.startsWith("Chưa có đơn vị"))).toBe(true);
    expect(notice.signers[0]!.role).toEqual(["TM. CƠ QUAN TỔ CHỨC", "THỦ TRƯỞNG CƠ QUAN"]);
  });
});
