import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getDocx } from "@/app/api/khoi/[bloc]/[year]/bao-cao-tong-ket/docx/route";
import { readDocx } from "@/lib/documents/read-docx";
import { NOT_WRITTEN } from "@/lib/domain/reports/year-end-document";
import { getYearEndReport } from "@/lib/server/reports/get-year-end-report";
import { saveYearEndReport } from "@/lib/server/reports/save-year-end-report";
import { expectRefused } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { reopenYear, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const download = (w: World) => getDocx(new Request("http://test.local/"), { params: Promise.resolve({ bloc: w.bloc.code, year: String(YEAR) }) });
const text = async (res: Response) => (await readDocx(await res.arrayBuffer())).paragraphs.join("\n");
const input = (w: World, version: number, assessment = "Phong trào thi đua của Khối sôi nổi, thiết thực.") => ({
  cycleId: w.cycle.id,
  version,
  assessment,
  shortcomings: "",
  directions: "Đổi mới nội dung, hình thức thi đua.\nBám sát nhiệm vụ chính trị.",
});

describe("the year-end report of a seeded year", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it("downloads with the year's figures, as the data has them", async () => {
    signInAs(w.users.SECRETARY);
    const res = await download(w);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain("Bao-cao-tong-ket-nam-2023");
    const doc = await text(res);

    // Counted here from the rows, independently of the report's reader.
    const members = await w.db.membership.findMany({ where: { blocId: w.bloc.id, year: YEAR }, select: { agency: { select: { name: true } } } });
    const present = await w.db.attendance.count({ where: { meeting: { cycleId: w.cycle.id, kind: "YEAR_END_CONFERENCE" }, status: "PRESENT" } });
    const sent = await w.db.nomination.findMany({ where: { cycleId: w.cycle.id, status: "SENT" }, select: { awardForm: { select: { name: true } } } });
    const byForm = (name: string) => sent.filter((n) => n.awardForm.name === name).length;
    expect(members).toHaveLength(9);
    expect(doc).toContain(`Năm 2023, Khối thi đua các cơ quan Đảng tỉnh Kon Tum có ${members.length} cơ quan, đơn vị thành viên`);
    for (const m of members) expect(doc).toContain(m.agency.name);
    expect(doc).toContain("2/9 cơ quan, đơn vị đã gửi đăng ký thi đua (1 đã được tiếp nhận); 1 bị trả lại để hoàn thiện; 0 đang soạn; 6 chưa đăng ký.");
    // Equal counts in Vietnamese order.
    expect(doc).toContain(`${w.merit.name}: 1 cơ quan, đơn vị; ${w.flag.name}: 1 cơ quan, đơn vị.`);
    expect(doc).toContain("gồm 2 nội dung cam kết; 8/9 cơ quan, đơn vị đã ký; chưa ký: Báo Kon Tum.");
    expect(doc).toContain("(3/18 lượt cam kết của các cơ quan đã cập nhật): đã đạt 1; đúng tiến độ 1; chậm, có nguy cơ 1; chưa triển khai 0.");
    expect(doc).toContain("Theo kết quả công bố lần 1 ngày 20/01/2024:");
    expect(doc).toContain("Dẫn đầu theo điểm: Trường Chính trị tỉnh Kon Tum.");
    expect(doc).toContain(`Hội nghị tổng kết tổ chức ngày 06/02/2024 tại Trường Chính trị tỉnh Kon Tum: ${present} cơ quan, đơn vị có mặt`);
    expect(present).toBe(9);
    expect(doc).toContain(`Khối đã đề nghị cấp có thẩm quyền khen thưởng ${sent.length} trường hợp:`);
    expect(byForm(w.merit.name)).toBe(3);
    expect(doc).toContain(`${w.merit.name}\n3\nBan Nội chính Tỉnh ủy Kon Tum, Ban Tổ chức Tỉnh ủy Kon Tum, Văn phòng Tỉnh ủy Kon Tum`);
    expect(doc).toContain("Quyết định số 456/QĐ-UBND ngày 15/03/2024 của Chủ tịch UBND tỉnh Kon Tum: 1 trường hợp được khen thưởng.");
    // The seed names no head for 2023 and nobody has written the assessment: the report says so.
    expect(doc).toContain("Khối trưởng: chưa ghi nhận; Khối phó: chưa ghi nhận.");
    expect(doc).toContain(NOT_WRITTEN);
    // A Party bloc: the Party layout, dated on the conference day.
    expect(doc).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(doc).toContain("ngày 06 tháng 02 năm 2024");
  }, 60_000);

  it("reads the role-model register: counts per stage, the replicated entries with their agency and proposal", async () => {
    signInAs(w.users.SECRETARY);
    // The seeded year has no role model: the report says so in words.
    expect(await text(await download(w))).toContain("Chưa có điển hình tiên tiến nào được ghi vào sổ điển hình năm 2023.");
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    const base = { cycleId: w.cycle.id, achievement: "Mô hình tiêu biểu", foundOn: day("2023-02-01") };
    const reached = { stage: "REPLICATED" as const, fosteredOn: day("2023-03-01"), reviewedOn: day("2023-06-01"), replicatedOn: day("2023-09-01") };
    const proposed = await w.db.roleModel.create({
      data: { ...base, ...reached, agencyId: w.agency("TCT").id, target: "COLLECTIVE", collectiveName: "Phòng Đào tạo" },
    });
    await w.db.roleModel.create({ data: { ...base, ...reached, agencyId: w.agency("BTC").id, target: "INDIVIDUAL", personName: "Y Blin" } });
    await w.db.roleModel.create({ data: { ...base, agencyId: w.agency("VP").id, target: "INDIVIDUAL", personName: "A Thảo" } });
    const nominate = (status: "PROPOSED" | "DRAFT") =>
      w.db.nomination.create({
        data: { cycleId: w.cycle.id, awardFormId: w.merit.id, target: "COLLECTIVE", agencyId: w.agency("TCT").id, status, roleModelId: proposed.id },
      });
    await nominate("PROPOSED");
    // A draft is not a proposal yet.
    await nominate("DRAFT");

    const doc = await text(await download(w));
    expect(doc).toContain("6. Phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến");
    expect(doc).toContain("Sổ điển hình tiên tiến năm 2023 ghi nhận 3 điển hình");
    expect(doc).toContain("Phát hiện\n1\n2\n3");
    expect(doc).toContain("Nhân rộng\n1\n1\n2");
    expect(doc).toContain(`Phòng Đào tạo (tập thể)\n${w.agency("TCT").name}\nĐã đề nghị: ${w.merit.name}`);
    expect(doc).toContain(`Y Blin (cá nhân)\n${w.agency("BTC").name}\nChưa đề nghị`);
    expect(doc).not.toContain("A Thảo");
  }, 60_000);

  it.each<[Who, number]>([
    ["SECRETARY", 200],
    ["CHAIR", 200],
    ["COUNCIL", 200],
    ["ADMIN", 200],
    ["AGENCY_LEADER", 403],
    ["OBSERVER", 403],
    ["OTHER_SECRETARY", 404],
    ["OTHER_COUNCIL", 404],
  ])("%s downloads it: %i", async (who, status) => {
    signInAs(w.users[who]);
    expect((await download(w)).status).toBe(status);
  });

  it("tells a leader why the report is not for them, and hides the bloc from another bloc's secretary", async () => {
    signInAs(w.users.AGENCY_LEADER);
    const refused = await expectRefused(getYearEndReport(w.bloc.id, YEAR), "FORBIDDEN");
    expect(refused.message).toContain("Trưởng khối, Thư ký khối và cán bộ Hội đồng");
    signInAs(w.users.OTHER_SECRETARY);
    await expectRefused(getYearEndReport(w.bloc.id, YEAR), "NOT_FOUND");
    signInAs(w.users.SECRETARY);
    await expectRefused(getYearEndReport(w.bloc.id, YEAR + 5), "NOT_FOUND");
  });
});

describe("the written part", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it("is saved by the secretary, audited, versioned and shown in the report", async () => {
    await reopenYear(w);
    signInAs(w.users.SECRETARY);
    expect(await saveYearEndReport(input(w, 0))).toEqual({ version: 1 });
    const row = await w.db.yearEndReport.findUniqueOrThrow({ where: { cycleId: w.cycle.id } });
    expect(row).toMatchObject({ version: 1, assessment: "Phong trào thi đua của Khối sôi nổi, thiết thực.", updatedById: w.users.SECRETARY });
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "YearEndReport", entityId: row.id } });
    expect(audit).toMatchObject({ actorId: w.users.SECRETARY, action: "year-end-report.save", blocId: w.bloc.id, before: null });
    expect(audit.after).toMatchObject({ assessment: "Phong trào thi đua của Khối sôi nổi, thiết thực." });

    signInAs(w.users.CHAIR);
    expect(await saveYearEndReport(input(w, 1, "Khối hoàn thành xuất sắc nhiệm vụ."))).toEqual({ version: 2 });
    const second = await w.db.auditLog.findFirstOrThrow({ where: { entityId: row.id, actorId: w.users.CHAIR } });
    expect(second.before).toMatchObject({ assessment: "Phong trào thi đua của Khối sôi nổi, thiết thực." });

    const doc = await text(await download(w));
    expect(doc).toContain("III. ĐÁNH GIÁ CHUNG\nKhối hoàn thành xuất sắc nhiệm vụ.");
    expect(doc).toContain("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\nĐổi mới nội dung, hình thức thi đua.\nBám sát nhiệm vụ chính trị.");
    expect(doc).toContain(`IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN\n${NOT_WRITTEN}`);
    expect((await getYearEndReport(w.bloc.id, YEAR)).version).toBe(2);
  }, 60_000);

  it("refuses a save made on a stale version, and a second first save", async () => {
    await reopenYear(w);
    signInAs(w.users.SECRETARY);
    await saveYearEndReport(input(w, 0));
    await saveYearEndReport(input(w, 1, "Bản của Thư ký."));
    const stale = await expectRefused(saveYearEndReport(input(w, 1, "Bản cũ của Trưởng khối.")), "CONFLICT");
    expect(stale.message).toContain("đã được người khác cập nhật");
    await expectRefused(saveYearEndReport(input(w, 0, "Lần lưu đầu thứ hai.")), "CONFLICT");
    expect(await w.db.yearEndReport.findUniqueOrThrow({ where: { cycleId: w.cycle.id } })).toMatchObject({ version: 2, assessment: "Bản của Thư ký." });
  });

  it.each<[Who, string]>([
    ["COUNCIL", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_COUNCIL", "NOT_FOUND"],
  ])("is refused to %s (%s) and nothing is written", async (who, code) => {
    await reopenYear(w);
    signInAs(w.users[who]);
    const audits = await w.db.auditLog.count();
    await expectRefused(saveYearEndReport(input(w, 0)), code);
    expect(await w.db.yearEndReport.count({ where: { cycleId: w.cycle.id } })).toBe(0);
    expect(await w.db.auditLog.count()).toBe(audits);
  });

  it("is refused, with the reason, once the year is archived; the page shows it read-only", async () => {
    signInAs(w.users.SECRETARY);
    const refused = await expectRefused(saveYearEndReport(input(w, 0)), "PHASE_CLOSED");
    expect(refused.message).toContain("Năm thi đua 2023 đã kết thúc");
    expect(await w.db.yearEndReport.count({ where: { cycleId: w.cycle.id } })).toBe(0);
    const view = await getYearEndReport(w.bloc.id, YEAR);
    expect(view).toMatchObject({ canEdit: false, version: 0 });
    expect(view.closedReason).toContain("lưu trữ");
    await reopenYear(w);
    expect(await getYearEndReport(w.bloc.id, YEAR)).toMatchObject({ canEdit: true, closedReason: null });
    signInAs(w.users.COUNCIL);
    expect(await getYearEndReport(w.bloc.id, YEAR)).toMatchObject({ canEdit: false, closedReason: null });
  });
});
