import { describe, expect, test } from "vitest";
import { checkUpload, MAX_UPLOAD_BYTES, safeFileName, sniffMime } from "./file-type";

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const EXE = bytes(0x4d, 0x5a, 0x90, 0x00);
const ALMOST_PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00);

describe("sniffMime recognises files by content", () => {
  test.each([
    ["a PDF", PDF, "application/pdf"],
    ["a PNG", PNG, "image/png"],
    ["a JPEG", JPEG, "image/jpeg"],
    ["a Windows executable", EXE, null],
    ["a PNG signature with one wrong byte", ALMOST_PNG, null],
    ["an empty head", new Uint8Array(0), null],
  ])("%s", (_n, head, mime) => expect(sniffMime(head)).toBe(mime));
});

describe("checkUpload", () => {
  test.each([
    ["accepts exactly 10 MB", MAX_UPLOAD_BYTES, PDF, true, ""],
    ["refuses one byte over 10 MB", MAX_UPLOAD_BYTES + 1, PDF, false, "Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp."],
    ["refuses an empty file", 0, PDF, false, "Tệp rỗng. Vui lòng chọn lại tệp."],
    ["refuses an executable renamed to .pdf", 2048, EXE, false, "Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)."],
  ])("%s", (_n, size, head, ok, message) => {
    const result = checkUpload(size, head);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.message).toBe(message);
  });
});

describe("safeFileName", () => {
  test.each([
    ["Biên bản ký kết.PDF", "application/pdf", "Biên bản ký kết.pdf"],
    ["../../etc/passwd", "image/png", "_.._etc_passwd.png"],
    ['a"b<c>.exe', "image/jpeg", "a_b_c_.jpg"],
    ["", "application/pdf", "tep.pdf"],
  ] as const)("%s → %s", (name, mime, expected) => expect(safeFileName(name, mime)).toBe(expected));
});
