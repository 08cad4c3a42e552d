import { describe, expect, test } from "vitest";
import { checkClose, mayCast, type CastContext, type CastRefusalCode } from "./roll";

describe("checkClose: ballots must equal roll entries", () => {
  test.each<[number, number, boolean]>([
    [0, 0, true],
    [7, 7, true],
    [6, 7, false],
    [8, 7, false],
  ])("%i ballots, %i on the roll → %s", (ballots, roll, ok) => {
    expect(checkClose(ballots, roll).ok).toBe(ok);
  });

  test("the refusal gives both numbers", () => {
    expect(checkClose(6, 7)).toEqual({
      ok: false,
      message:
        "Không thể kết thúc cuộc biểu quyết: hòm phiếu có 6 phiếu nhưng danh sách đã bỏ phiếu có 7 đơn vị. " +
        "Hai con số phải bằng nhau; hãy báo cho quản trị hệ thống kiểm tra.",
    });
  });
});

describe("mayCast: may this agency cast a ballot now?", () => {
  const base: CastContext = {
    agencyId: "a2",
    method: "ELECTRONIC",
    status: "OPEN",
    attendance: [
      { agencyId: "a1", status: "PRESENT" },
      { agencyId: "a2", status: "PRESENT" },
      { agencyId: "a3", status: "REPRESENTED" },
      { agencyId: "a4", status: "ABSENT" },
    ],
    candidates: [{ agencyId: "a1" }, { agencyId: null }],
    candidateMayVote: true,
    rollAgencyIds: ["a3"],
  };

  test.each<[string, Partial<CastContext>, CastRefusalCode | null, RegExp | null]>([
    ["a present member not yet on the roll", {}, null, null],
    ["a represented member", { agencyId: "a3", rollAgencyIds: [] }, null, null],
    ["a candidate agency when candidates may vote", { agencyId: "a1" }, null, null],
    ["a paper vote", { method: "PAPER" }, "NOT_ELECTRONIC", /phiếu giấy/],
    ["a vote not opened yet", { status: "DRAFT" }, "NOT_OPEN", /chưa được mở/],
    ["a closed vote", { status: "CLOSED" }, "NOT_OPEN", /đã kết thúc/],
    ["an agency not summoned", { agencyId: "zz" }, "NOT_SUMMONED", /không có trong danh sách triệu tập/],
    ["an absent agency", { agencyId: "a4" }, "ABSENT", /vắng mặt/],
    ["a candidate agency when candidates may not vote", { agencyId: "a1", candidateMayVote: false }, "CANDIDATE_MAY_NOT_VOTE", /là ứng viên/],
    ["an agency already on the roll", { agencyId: "a3" }, "ALREADY_VOTED", /đã bỏ phiếu/],
  ])("%s", (_name, over, code, message) => {
    const check = mayCast({ ...base, ...over });
    if (code === null) {
      expect(check).toEqual({ ok: true });
    } else {
      expect(check).toMatchObject({ ok: false, code });
      if (!check.ok) expect(check.message).toMatch(message!);
    }
  });
});
