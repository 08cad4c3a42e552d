import { describe, expect, test } from "vitest";
import {
  addDays,
  checkAgencyExists,
  checkAgencyPeriod,
  checkMembershipDates,
  type CopyPlan,
  type FieldErrors,
  isMemberOn,
  type MemberActivity,
  type MembershipPeriod,
  planCopyMembers,
  type PreviousMember,
  removalBlocker,
} from "./membership";

describe("addDays", () => {
  test.each<[string, number, string]>([
    ["2025-03-01", -1, "2025-02-28"],
    ["2024-03-01", -1, "2024-02-29"], // leap year
    ["2025-01-01", -1, "2024-12-31"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-06-15", 0, "2025-06-15"],
  ])("%s %+d day(s) is %s", (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe("isMemberOn", () => {
  const whole: MembershipPeriod = { joinedOn: null, leftOn: null };
  const spring: MembershipPeriod = { joinedOn: "2025-03-01", leftOn: "2025-05-31" };
  test.each<[string, MembershipPeriod, string, boolean]>([
    ["a whole-year member is a member on any day", whole, "2025-07-01", true],
    ["a member is a member on its joining day (inclusive)", spring, "2025-03-01", true],
    ["a member is not a member the day before joining", spring, "2025-02-28", false],
    ["a member is a member on its leaving day (inclusive: last day)", spring, "2025-05-31", true],
    ["a member is not a member the day after leaving", spring, "2025-06-01", false],
  ])("%s", (_name, period, day, expected) => {
    expect(isMemberOn(period, day)).toBe(expected);
  });
});

describe("checkMembershipDates", () => {
  test.each<[string, MembershipPeriod, FieldErrors | null]>([
    ["no dates (the whole year) is fine", { joinedOn: null, leftOn: null }, null],
    ["both days inside the year are fine", { joinedOn: "2025-01-01", leftOn: "2025-12-31" }, null],
    ["joining and leaving the same day is fine", { joinedOn: "2025-03-01", leftOn: "2025-03-01" }, null],
    ["joining the year before is refused", { joinedOn: "2024-12-31", leftOn: null }, { joinedOn: ["Ngày tham gia phải trong năm 2025."] }],
    ["leaving the year after is refused", { joinedOn: null, leftOn: "2026-01-01" }, { leftOn: ["Ngày rời khối phải trong năm 2025."] }],
    ["leaving before joining is refused", { joinedOn: "2025-06-01", leftOn: "2025-05-31" }, { leftOn: ["Ngày rời khối không được trước ngày tham gia."] }],
    [
      "both days outside the year give both errors",
      { joinedOn: "2024-01-01", leftOn: "2026-01-01" },
      { joinedOn: ["Ngày tham gia phải trong năm 2025."], leftOn: ["Ngày rời khối phải trong năm 2025."] },
    ],
  ])("%s", (_name, period, expected) => {
    expect(checkMembershipDates(2025, period)).toEqual(expected);
  });
});

describe("checkAgencyExists", () => {
  test.each<[string, string | null, string, string | null]>([
    ["an agency never dissolved exists", null, "2025-01-01", null],
    ["an agency dissolved later still exists", "2025-03-01", "2025-02-28", null],
    ["an agency dissolved on that day no longer exists", "2025-03-01", "2025-03-01", "Ban X đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025."],
    ["an agency dissolved earlier no longer exists", "2025-03-01", "2025-06-01", "Ban X đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025."],
  ])("%s", (_name, dissolvedOn, from, expected) => {
    expect(checkAgencyExists({ name: "Ban X", dissolvedOn }, from)).toBe(expected);
  });
});

describe("checkAgencyPeriod in 2025", () => {
  const gone = (dissolvedOn: string | null) => ({ name: "Ban X", dissolvedOn });
  test.each<[string, string | null, MembershipPeriod, FieldErrors | null]>([
    ["a living agency may belong all year", null, { joinedOn: null, leftOn: null }, null],
    [
      "an agency dissolved before the year cannot join",
      "2024-10-01",
      { joinedOn: null, leftOn: null },
      { agencyId: ["Ban X đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/10/2024."] },
    ],
    [
      "an agency dissolved on its joining day cannot join",
      "2025-03-01",
      { joinedOn: "2025-03-01", leftOn: null },
      { agencyId: ["Ban X đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025."] },
    ],
    [
      "an agency dissolved mid-year must leave before",
      "2025-03-01",
      { joinedOn: null, leftOn: null },
      { leftOn: ["Ban X không còn tồn tại từ ngày 01/03/2025: ngày rời khối phải trước ngày đó."] },
    ],
    ["an agency dissolved mid-year may belong until the day before", "2025-03-01", { joinedOn: null, leftOn: "2025-02-28" }, null],
    ["an agency dissolved on 01/01 next year may belong all year", "2026-01-01", { joinedOn: null, leftOn: null }, null],
  ])("%s", (_name, dissolvedOn, period, expected) => {
    expect(checkAgencyPeriod(gone(dissolvedOn), 2025, period)).toEqual(expected);
  });
});

describe("planCopyMembers into 2026", () => {
  const m = (agencyId: string, leftOn: string | null = null, dissolvedOn: string | null = null): PreviousMember => ({ agencyId, leftOn, dissolvedOn });
  test.each<[string, PreviousMember[], string[], CopyPlan]>([
    [
      "copies every whole-year member",
      [m("a"), m("b")],
      [],
      {
        copy: [
          { agencyId: "a", leftOn: null },
          { agencyId: "b", leftOn: null },
        ],
        alreadyPresent: 0,
        leftBeforeEnd: 0,
        dissolved: 0,
      },
    ],
    [
      "skips members already listed in the new year",
      [m("a"), m("b")],
      ["b"],
      { copy: [{ agencyId: "a", leftOn: null }], alreadyPresent: 1, leftBeforeEnd: 0, dissolved: 0 },
    ],
    ["skips a member that left before 31/12", [m("a", "2025-12-30")], [], { copy: [], alreadyPresent: 0, leftBeforeEnd: 1, dissolved: 0 }],
    [
      "copies a member that left on 31/12 (still a member at the end)",
      [m("a", "2025-12-31")],
      [],
      { copy: [{ agencyId: "a", leftOn: null }], alreadyPresent: 0, leftBeforeEnd: 0, dissolved: 0 },
    ],
    [
      "skips a member dissolved on 01/01 of the new year",
      [m("a", "2025-12-31", "2026-01-01")],
      [],
      { copy: [], alreadyPresent: 0, leftBeforeEnd: 0, dissolved: 1 },
    ],
    [
      "copies a member dissolved later in the new year, leaving the day before",
      [m("a", null, "2026-07-01")],
      [],
      { copy: [{ agencyId: "a", leftOn: "2026-06-30" }], alreadyPresent: 0, leftBeforeEnd: 0, dissolved: 0 },
    ],
    [
      "copies a member dissolved on 01/01 of the year after for the whole year",
      [m("a", null, "2027-01-01")],
      [],
      { copy: [{ agencyId: "a", leftOn: null }], alreadyPresent: 0, leftBeforeEnd: 0, dissolved: 0 },
    ],
    [
      "merged predecessors (left 28/02) stay behind",
      [m("btg", "2025-02-28", "2025-03-01"), m("btgdv")],
      [],
      { copy: [{ agencyId: "btgdv", leftOn: null }], alreadyPresent: 0, leftBeforeEnd: 1, dissolved: 0 },
    ],
    ["an empty previous year copies nothing", [], ["a"], { copy: [], alreadyPresent: 0, leftBeforeEnd: 0, dissolved: 0 }],
    ["a repeated agency is counted once", [m("a"), m("a")], [], { copy: [{ agencyId: "a", leftOn: null }], alreadyPresent: 0, leftBeforeEnd: 0, dissolved: 0 }],
  ])("%s", (_name, previous, present, expected) => {
    expect(planCopyMembers(2026, previous, present)).toEqual(expected);
  });
});

describe("removalBlocker", () => {
  const none: MemberActivity = { registrations: 0, signatures: 0, scoreSheets: 0, keyTasks: 0, officerTerms: 0, lineage: 0 };
  test("a membership without activity may be removed", () => {
    expect(removalBlocker("Ban X", 2025, none)).toBeNull();
  });
  test.each<[keyof MemberActivity, string]>([
    ["registrations", "bản đăng ký thi đua"],
    ["signatures", "chữ ký giao ước"],
    ["scoreSheets", "bảng chấm điểm"],
    ["keyTasks", "nhiệm vụ trọng tâm"],
    ["officerTerms", "nhiệm kỳ Trưởng/Phó khối"],
    ["lineage", "ghi nhận hợp nhất, chia tách, đổi tên"],
  ])("any %s blocks removal and is named", (key, label) => {
    const reason = removalBlocker("Ban X", 2025, { ...none, [key]: 1 });
    expect(reason).toContain("Không thể bỏ Ban X khỏi danh sách năm 2025");
    expect(reason).toContain(label);
  });
  test("several kinds are all listed", () => {
    expect(removalBlocker("Ban X", 2025, { ...none, registrations: 2, signatures: 1 })).toContain("bản đăng ký thi đua, chữ ký giao ước");
  });
});
