import { afterEach, describe, expect, test, vi } from "vitest";
import { compareVi, dayFromInput, dayInputText, formatDay, formatMoment, formatNumber, isoDay, sortVi } from "./format";

describe("formatDay", () => {
  test.each<[string, Date | string | null | undefined, string]>([
    ["a @db.Date value (UTC midnight)", new Date("2024-02-06T00:00:00Z"), "06/02/2024"],
    ["the last day of the year", new Date("2024-12-31T00:00:00Z"), "31/12/2024"],
    ["the first day of the year", new Date("2025-01-01T00:00:00Z"), "01/01/2025"],
    ["a leap day", new Date("2024-02-29T00:00:00Z"), "29/02/2024"],
    ["an ISO day string", "2024-02-06", "06/02/2024"],
    ["an ISO timestamp string keeps its calendar day", "2024-02-06T23:59:59.999Z", "06/02/2024"],
    ["null", null, "—"],
    ["undefined", undefined, "—"],
    ["an empty string", "", "—"],
  ])("%s: %j → %s", (_name, value, expected) => {
    expect(formatDay(value)).toBe(expected);
  });

  describe("a @db.Date UTC midnight does not shift a day in any server time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    test.each<[string, number]>([
      ["America/Los_Angeles", 5], // local clock still reads 5 February
      ["Asia/Ho_Chi_Minh", 6],
      ["Pacific/Kiritimati", 6],
    ])("TZ=%s", async (tz, localDate) => {
      process.env.TZ = tz;
      // Formatters fix their zone when created: load the module afresh under this TZ.
      vi.resetModules();
      const fresh = await import("./format");
      const utcMidnight = new Date(Date.UTC(2024, 1, 6));
      expect(utcMidnight.getDate()).toBe(localDate); // the zone really took effect
      expect(fresh.formatDay(utcMidnight)).toBe("06/02/2024");
      expect(fresh.formatDay("2024-02-06")).toBe("06/02/2024");
      expect(fresh.formatMoment(utcMidnight)).toBe("06/02/2024 07:00");
    });
  });
});

describe("formatMoment (Vietnam time, UTC+7)", () => {
  test.each<[string, Date | null | undefined, string]>([
    ["a morning timestamp", new Date("2024-02-06T02:30:00Z"), "06/02/2024 09:30"],
    ["an evening UTC time is the next day in Vietnam", new Date("2024-02-05T20:05:00Z"), "06/02/2024 03:05"],
    ["New Year's Eve 17:00 UTC is midnight in Hà Nội", new Date("2024-12-31T17:00:00Z"), "01/01/2025 00:00"],
    ["null", null, "—"],
    ["undefined", undefined, "—"],
  ])("%s: %j → %s", (_name, value, expected) => {
    expect(formatMoment(value)).toBe(expected);
  });
});

describe("formatNumber (Vietnamese separators)", () => {
  test.each<[number | string | null | undefined, string]>([
    [1234567.891, "1.234.567,89"],
    [0.5, "0,5"],
    [-12.25, "-12,25"],
    [100, "100"],
    [0, "0"],
    [98.756, "98,76"],
    ["87.5", "87,5"],
    ["1000", "1.000"],
    [null, "—"],
    [undefined, "—"],
    ["", "—"],
  ])("%s → %s", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe("Vietnamese collation", () => {
  test.each<[string, string]>([
    ["Ban", "Báo"],
    ["Báo", "Đảng"],
    ["Đảng", "Ủy"],
    ["Ủy ban Kiểm tra", "Văn phòng"],
    ["D", "Đ"], // đ is its own letter after d
    ["Dân vận", "Đảng ủy"],
    ["An", "Ăn"], // a < ă < â
    ["Ăn", "Âm"],
    ["O", "Ô"], // o < ô < ơ
    ["Ô", "Ơ"],
    ["Uy ban", "Ủy ban"], // a tone mark only breaks a tie
    ["Ủy ban", "Ư"], // ư is its own letter after u
    ["Ban", "Bàn"], // tones: ngang, huyền, hỏi, ngã, sắc, nặng (ICU order)
    ["Bàn", "Bản"],
    ["Bản", "Bãn"],
    ["Bãn", "Bán"],
    ["Bán", "Bạn"],
    ["ban", "Ban"], // case only breaks a tie, lower first
    ["Cụm 2", "Cụm 10"], // numbers compare by value
  ])("%s sorts before %s", (a, b) => {
    expect(compareVi(a, b)).toBe(-1);
    expect(compareVi(b, a)).toBe(1);
  });

  test("identical names compare equal", () => {
    expect(compareVi("Ban Tuyên giáo", "Ban Tuyên giáo")).toBe(0);
  });

  const AGENCIES = [
    "Văn phòng Tỉnh ủy",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "Đảng ủy Khối các cơ quan tỉnh",
    "Báo Đồng Nai",
    "Ban Tuyên giáo Tỉnh ủy",
    "Ban Dân vận Tỉnh ủy",
    "Trường Chính trị tỉnh",
    "Ban Tổ chức Tỉnh ủy",
  ];
  const SORTED = [
    "Ban Dân vận Tỉnh ủy",
    "Ban Tổ chức Tỉnh ủy",
    "Ban Tuyên giáo Tỉnh ủy",
    "Báo Đồng Nai",
    "Đảng ủy Khối các cơ quan tỉnh",
    "Trường Chính trị tỉnh",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "Văn phòng Tỉnh ủy",
  ];

  test("sortVi orders agency names the Vietnamese way (Ban < Báo < Đảng < Trường < Ủy < Văn)", () => {
    const sorted = sortVi(
      AGENCIES.map((name) => ({ name })),
      (a) => a.name,
    );
    expect(sorted.map((a) => a.name)).toEqual(SORTED);
  });

  test("sortVi differs from a code-point sort, which puts Đ and Ủy after V", () => {
    expect([...AGENCIES].sort()).not.toEqual(SORTED);
    expect([...AGENCIES].sort().slice(-2)).toEqual(["Đảng ủy Khối các cơ quan tỉnh", "Ủy ban Kiểm tra Tỉnh ủy"]);
  });

  test.each<[string, string[]]>([
    ["tone-only differences", ["Bạn", "Bán", "Ban", "Bàn"]],
    ["case-only differences", ["BAN", "ban", "Ban"]],
  ])("sortVi gives one order whatever the input order: %s", (_name, names) => {
    const forward = sortVi(names, (n) => n);
    expect(sortVi([...names].reverse(), (n) => n)).toEqual(forward);
  });

  test("sortVi leaves its input alone", () => {
    const input = ["Văn phòng", "Ban"];
    expect(sortVi(input, (n) => n)).toEqual(["Ban", "Văn phòng"]);
    expect(input).toEqual(["Văn phòng", "Ban"]);
  });
});

describe("isoDay", () => {
  test.each<[Date, string]>([
    [new Date("2024-02-06T00:00:00Z"), "2024-02-06"],
    [new Date("2024-12-31T00:00:00Z"), "2024-12-31"],
    [new Date(Date.UTC(2024, 1, 29)), "2024-02-29"],
  ])("%j → %s", (value, expected) => {
    expect(isoDay(value)).toBe(expected);
  });

  test("isoDay and formatDay agree on a @db.Date value", () => {
    const value = new Date("2024-07-15T00:00:00Z");
    expect(formatDay(isoDay(value))).toBe(formatDay(value));
  });
});

describe("day fields: dd/MM/yyyy whatever the browser's language", () => {
  test.each([
    ["25/03/2026", "2026-03-25"],
    ["5/3/2026", "2026-03-05"],
    [" 05.03.2026 ", "2026-03-05"],
    ["2026-03-25", "2026-03-25"],
    ["25/03/26", null],
    ["ngày mai", null],
    ["", null],
  ])("%s → %s", (typed, day) => {
    expect(dayFromInput(typed)).toBe(day);
  });

  test.each([
    ["2026-03-25", "25/03/2026"],
    ["25/3/2026", "25/3/2026"],
    [null, ""],
  ])("shows %s as %s", (value, shown) => {
    expect(dayInputText(value)).toBe(shown);
  });
});
