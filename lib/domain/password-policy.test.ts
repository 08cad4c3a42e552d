import { describe, expect, test } from "vitest";
import { passwordProblems } from "./password-policy";

describe("passwordProblems", () => {
  test.each([
    ["Lúa-Vàng-Sông-Hậu-9", "a long passphrase with three classes"],
    ["Xk7#mq2Lpw", "ten characters, four classes"],
    ["rừngthông7đỉnh", "Vietnamese letters count as letters (lower + digit + … needs a third class)"],
  ])("%s passes unless noted (%s)", (pw, note) => {
    const problems = passwordProblems(pw, { email: "lanhdao@example.vn", name: "Nguyễn Văn An" });
    if (note.includes("needs a third class")) expect(problems).toContain("Mật khẩu cần ít nhất 3 trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu.");
    else expect(problems).toEqual([]);
  });

  test.each([
    ["Ab1!", "Mật khẩu cần ít nhất 10 ký tự."],
    ["abcdefghijkl", "Mật khẩu cần ít nhất 3 trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu."],
    ["Password123!", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."],
    ["Matkhau@2026", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."],
    ["MậtKhẩu@2026", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."],
    ["Qwerty123456!", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."],
    ["Lanhdao#2026x", "Mật khẩu không được chứa email hoặc họ tên của bạn."],
    ["Nguyen!An2026", "Mật khẩu không được chứa email hoặc họ tên của bạn."],
  ])("%s is refused: %s", (pw, message) => {
    expect(passwordProblems(pw, { email: "lanhdao@example.vn", name: "Nguyễn Văn Nguyen" })).toContain(message);
  });

  test("over 128 characters is refused", () => {
    expect(passwordProblems(`Aa1!${"x".repeat(130)}`)).toContain("Mật khẩu dài tối đa 128 ký tự.");
  });
});
