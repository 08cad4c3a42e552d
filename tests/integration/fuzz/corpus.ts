/**
 * Hostile and odd inputs, each sent in place of one field of a valid form.
 * `mustRefuse`: no field of the app may store it (its "fuzz-…" marker must
 * not appear in any row afterwards) (NUL cannot be stored by
 * Postgres at all; 1 MB is beyond every field's limit), so the action must
 * refuse it with a message and write nothing. The others may be legitimate in
 * some field (an emoji in a note, -1 as a penalty): the action may accept them,
 * but it must answer, never throw, and write nothing when it refuses.
 */
export interface TextProbe {
  name: string;
  value: string;
  mustRefuse?: true;
}

export const TEXT_CORPUS: TextProbe[] = [
  { name: "NUL", value: "fuzz-nul Ban Tổ chức\u0000", mustRefuse: true },
  { name: "1 MB", value: `fuzz-1mb ${"Ư".repeat(1024 * 1024)}`, mustRefuse: true },
  { name: "escape sequence", value: "fuzz-esc \u001b[2J\u001b[31mđỏ", mustRefuse: true },
  { name: "emoji", value: "Thi đua 🏆👨‍👩‍👧‍👦" },
  { name: "RTL override", value: "\u202Efdp.exe\u202C báo cáo" },
  { name: "SQL-like", value: `'; DROP TABLE "User"; --` },
  { name: "negative", value: "-1" },
  { name: "huge", value: "99999999999999999999999999" },
  { name: "1e308", value: "1e308" },
  { name: "31/02", value: "2026-02-31" },
  { name: "dd/MM", value: "31/02/2026" },
  { name: "blank", value: "   " },
];

export interface FileProbe {
  name: string;
  file: () => File;
}

const bytes = (n: number, fill = 0x41) => new Uint8Array(n).fill(fill);
// A file that passes the type check by its first bytes, so the other checks are reached.
const pdf = (n: number) => new Uint8Array([...new TextEncoder().encode("%PDF-1.4\n"), ...bytes(n)]);

export const FILE_CORPUS: FileProbe[] = [
  { name: "NUL in the file name", file: () => new File([pdf(64)], "bien\u0000ban.pdf", { type: "application/pdf" }) },
  { name: "a program named .pdf", file: () => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...bytes(60)])], "bao-cao.pdf", { type: "application/pdf" }) },
  { name: "an empty file", file: () => new File([], "trong.pdf", { type: "application/pdf" }) },
  { name: "11 MB", file: () => new File([pdf(11 * 1024 * 1024)], "lon.pdf", { type: "application/pdf" }) },
  { name: "a 300-character name", file: () => new File([pdf(64)], `${"tệp-".repeat(75)}.pdf`, { type: "application/pdf" }) },
];
