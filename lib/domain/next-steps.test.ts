import { describe, expect, test } from "vitest";
import { PHASE_KEYS, type PhaseKey } from "./cycle-phase";
import { nextSteps } from "./next-steps";
import { ROLES, type RoleName } from "./roles";

type Step = { phase: PhaseKey; text: string };

describe("nextSteps", () => {
  test.each<[string, RoleName[], PhaseKey[], Step[]]>([
    ["no open phase, nothing to do", ["CHAIR", "AGENCY_OFFICER"], [], []],
    ["no role in the bloc, nothing to do", [], ["REGISTRATION"], []],
    ["EXECUTION has no calendar step for anyone", [...ROLES], ["EXECUTION"], []],
    [
      "an agency officer drafts the registration",
      ["AGENCY_OFFICER"],
      ["REGISTRATION"],
      [{ phase: "REGISTRATION", text: "Soạn bản đăng ký danh hiệu và chỉ tiêu thi đua của cơ quan." }],
    ],
    [
      "an agency leader approves and sends it",
      ["AGENCY_LEADER"],
      ["REGISTRATION"],
      [{ phase: "REGISTRATION", text: "Duyệt và gửi bản đăng ký thi đua của cơ quan." }],
    ],
    [
      "the chair verifies scores during verification",
      ["CHAIR"],
      ["VERIFICATION"],
      [{ phase: "VERIFICATION", text: "Thẩm định điểm của các cơ quan (nêu lý do khi điều chỉnh)." }],
    ],
    ["an agency officer has nothing to do during verification", ["AGENCY_OFFICER"], ["VERIFICATION"], []],
    [
      "an agency leader may object during the objection phase",
      ["AGENCY_LEADER"],
      ["OBJECTION"],
      [{ phase: "OBJECTION", text: "Xem điểm thẩm định và gửi kiến nghị (nếu có) trước hạn." }],
    ],
    [
      "several open phases: steps follow the phase order given, then the role order",
      ["SECRETARY", "AGENCY_OFFICER"],
      ["MID_YEAR_REVIEW", "REGISTRATION"],
      [
        { phase: "MID_YEAR_REVIEW", text: "Tổng hợp tiến độ thực hiện giao ước để sơ kết 6 tháng." },
        { phase: "MID_YEAR_REVIEW", text: "Cập nhật tiến độ thực hiện từng nội dung giao ước." },
        { phase: "REGISTRATION", text: "Theo dõi, tiếp nhận hoặc trả lại bản đăng ký thi đua của các cơ quan." },
        { phase: "REGISTRATION", text: "Soạn bản đăng ký danh hiệu và chỉ tiêu thi đua của cơ quan." },
      ],
    ],
    [
      "a role or phase given twice gives its step once",
      ["CHAIR", "CHAIR"],
      ["NOMINATION", "NOMINATION"],
      [{ phase: "NOMINATION", text: "Xét duyệt hồ sơ đề nghị khen thưởng và gửi cấp có thẩm quyền." }],
    ],
  ])("%s", (_name, roles, phases, expected) => {
    expect(nextSteps(roles, phases).map(({ phase, text }) => ({ phase, text }))).toEqual(expected);
  });

  test.each<[RoleName]>([["ADMIN"], ["OBSERVER"]])("%s has no calendar step in any phase", (role) => {
    expect(nextSteps([role], [...PHASE_KEYS])).toEqual([]);
  });

  test.each<[RoleName, PhaseKey[]]>([
    ["SECRETARY", ["REGISTRATION", "PLEDGE_SIGNING", "MID_YEAR_REVIEW", "SELF_SCORING", "VERIFICATION", "CONFERENCE", "NOMINATION"]],
    ["CHAIR", ["REGISTRATION", "PLEDGE_SIGNING", "SELF_SCORING", "VERIFICATION", "OBJECTION", "CONFERENCE", "NOMINATION"]],
    ["AGENCY_LEADER", ["REGISTRATION", "PLEDGE_SIGNING", "MID_YEAR_REVIEW", "SELF_SCORING", "OBJECTION", "CONFERENCE"]],
    ["AGENCY_OFFICER", ["REGISTRATION", "PLEDGE_SIGNING", "MID_YEAR_REVIEW", "SELF_SCORING", "NOMINATION"]],
  ])("with every phase open, %s has one step in each of its phases", (role, phases) => {
    expect(nextSteps([role], [...PHASE_KEYS]).map((s) => s.phase)).toEqual(phases);
  });
});

describe("every step links to the page where it is done", () => {
  test.each<[RoleName, PhaseKey, string]>([
    ["AGENCY_OFFICER", "SELF_SCORING", "/cham-diem/tu-cham"],
    ["CHAIR", "SELF_SCORING", "/cham-diem/tham-dinh"],
    ["AGENCY_LEADER", "PLEDGE_SIGNING", "/dang-ky/giao-uoc"],
    ["SECRETARY", "NOMINATION", "/khen-thuong/ho-so"],
    ["AGENCY_OFFICER", "NOMINATION", "/khen-thuong/de-nghi"],
  ])("%s in %s → %s", (role, phase, path) => {
    expect(nextSteps([role], [phase])[0]?.path).toBe(path);
  });

  test("no step is left without a page", () => {
    for (const role of ROLES) for (const step of nextSteps([role], [...PHASE_KEYS])) expect(step.path).toMatch(/^\/[a-z-]+\/[a-z-]+$/);
  });
});
