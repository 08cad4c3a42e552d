import { describe, expect, it } from "vitest";
import { ProgressInputSchema, progressFormFields } from "./progress";

const base = { commitmentId: "c1", agencyId: "a1", version: "0", status: "ON_TRACK" };

function errorsOf(input: Record<string, unknown>) {
  const r = ProgressInputSchema.safeParse(input);
  return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("ProgressInputSchema", () => {
  it.each([
    ["", null],
    ["92", 92],
    ["92.5", 92.5],
    ["92,5", 92.5],
    ["0", 0],
    [" 12 ", 12],
  ])("reads the value %j as %j", (value, expected) => {
    expect(ProgressInputSchema.parse({ ...base, value }).value).toBe(expected);
  });

  it.each([
    ["-1", "Giá trị đạt được không được âm."],
    ["abc", "Giá trị đạt được phải là một số (tối đa 2 chữ số thập phân)."],
    ["1.234.567", "Giá trị đạt được phải là một số (tối đa 2 chữ số thập phân)."],
    ["1.005", "Giá trị đạt được phải là một số (tối đa 2 chữ số thập phân)."],
    ["99999999999", "Giá trị đạt được quá lớn."],
  ])("refuses the value %j", (value, message) => {
    expect(errorsOf({ ...base, value })).toEqual({ value: message });
  });

  it("needs a status among the four", () => {
    expect(errorsOf({ ...base, status: undefined })).toEqual({ status: "Vui lòng chọn trạng thái." });
    expect(errorsOf({ ...base, status: "DONE" })).toEqual({ status: "Vui lòng chọn trạng thái." });
  });

  it("needs the version the form edited (0 for a first report)", () => {
    expect(ProgressInputSchema.parse(base).version).toBe(0);
    expect(errorsOf({ ...base, version: "-1" })).toEqual({ version: "Thiếu phiên bản dữ liệu." });
  });

  it("turns an empty note into null and limits its length", () => {
    expect(ProgressInputSchema.parse({ ...base, note: "  " }).note).toBeNull();
    expect(errorsOf({ ...base, note: "x".repeat(2001) })).toEqual({ note: "Tối đa 2000 ký tự." });
  });

  it("drops the empty entry of an untouched file input and caps the files per save", () => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(base)) fd.set(k, v);
    fd.append("files", new File([], ""));
    expect(ProgressInputSchema.parse(progressFormFields(fd)).files).toEqual([]);
    for (let i = 0; i < 6; i++) fd.append("files", new File(["%PDF-"], `mc-${i}.pdf`));
    expect(errorsOf(progressFormFields(fd))).toEqual({ files: "Mỗi lần lưu gửi tối đa 5 tệp minh chứng." });
  });
});
