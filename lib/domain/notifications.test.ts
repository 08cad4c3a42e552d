import { describe, expect, it } from "vitest";
import { afterFailure, MAIL_MAX_ATTEMPTS, mailOf, reminderDays, reminderKey, reminderMessage, reminderMoment, retryDelayMs, wantsEmail } from "./notifications";

describe("reminderMoment", () => {
  const phase = { opensOn: "2026-12-07", closesOn: "2026-12-20" };
  it.each([
    ["2026-12-06", null],
    ["2026-12-07", "OPENS_TODAY"],
    ["2026-12-08", null],
    ["2026-12-17", "CLOSES_IN_3_DAYS"],
    ["2026-12-18", null],
    ["2026-12-19", "CLOSES_TOMORROW"],
    ["2026-12-20", null],
    ["2026-12-21", null],
  ])("on %s → %s", (today, moment) => expect(reminderMoment(phase, today)).toBe(moment));

  it("a phase of one day is only 'opens today'; one of two days opens, then closes tomorrow is not said on its first day", () => {
    expect(reminderMoment({ opensOn: "2026-12-07", closesOn: "2026-12-07" }, "2026-12-07")).toBe("OPENS_TODAY");
    expect(reminderMoment({ opensOn: "2026-12-07", closesOn: "2026-12-08" }, "2026-12-07")).toBe("OPENS_TODAY");
  });

  it("across a month's end, and the days the job looks for", () => {
    expect(reminderMoment({ opensOn: "2026-12-01", closesOn: "2027-01-01" }, "2026-12-29")).toBe("CLOSES_IN_3_DAYS");
    expect(reminderDays("2026-12-30")).toEqual({ opensOn: "2026-12-30", closesOn: ["2027-01-02", "2026-12-31"] });
  });
});

describe("reminder texts and keys", () => {
  it("says the phase, the moment and what is left, with dd/MM/yyyy days", () => {
    const base = { key: "SELF_SCORING" as const, closesOn: "2026-12-20", year: 2026, blocName: "Khối A", todo: "Cơ quan của bạn chưa nộp bảng tự chấm điểm." };
    expect(reminderMessage({ ...base, moment: "CLOSES_TOMORROW" })).toBe(
      "Giai đoạn “Tự chấm điểm” năm 2026 của Khối A đóng sau ngày mai (20/12/2026). Cơ quan của bạn chưa nộp bảng tự chấm điểm.",
    );
    expect(reminderMessage({ ...base, moment: "CLOSES_IN_3_DAYS" })).toContain("còn 3 ngày, đóng sau ngày 20/12/2026");
    expect(reminderMessage({ ...base, moment: "OPENS_TODAY" })).toContain("mở từ hôm nay đến hết ngày 20/12/2026");
    expect(reminderKey("p1", "OPENS_TODAY", "2026-12-07")).not.toBe(reminderKey("p1", "CLOSES_TOMORROW", "2026-12-07"));
  });
});

describe("e-mail choices and retries", () => {
  it("a stored choice wins over the kind's default", () => {
    expect(wantsEmail("SHEET_RETURNED", undefined)).toBe(true);
    expect(wantsEmail("SHEET_RETURNED", false)).toBe(false);
    expect(wantsEmail("CRITERIA_CHANGED", undefined)).toBe(false);
    expect(wantsEmail("CRITERIA_CHANGED", true)).toBe(true);
  });

  it("waits longer after each failure, at most 6 hours, and gives up at the maximum", () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelayMs)).toEqual([60_000, 240_000, 960_000, 3_840_000, 15_360_000, 21_600_000]);
    const now = new Date("2026-12-07T03:00:00Z");
    expect(afterFailure(1, now)).toEqual({ status: "PENDING", nextAttemptAt: new Date("2026-12-07T03:01:00Z") });
    expect(afterFailure(MAIL_MAX_ATTEMPTS, now)).toEqual({ status: "FAILED" });
  });

  it("an e-mail names the kind in its subject and ends with where to change the choice", () => {
    const mail = mailOf("VOTE_OPENED", "Cuộc biểu quyết đã được mở.", "https://thidua.example.vn/khoi/A/2026/tong-ket/bo-phieu/v1");
    expect(mail.subject).toBe("Thi đua khối: Cuộc bỏ phiếu được mở");
    expect(mail.text.split("\n")).toEqual([
      "Cuộc biểu quyết đã được mở.",
      "",
      "Xem chi tiết: https://thidua.example.vn/khoi/A/2026/tong-ket/bo-phieu/v1",
      "",
      expect.stringContaining("Tài khoản của tôi"),
    ]);
    expect(mailOf("VOTE_OPENED", "x", null).text).not.toContain("Xem chi tiết");
  });
});
