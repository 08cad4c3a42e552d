import { describe, expect, it } from "vitest";
import { legalBasisOn } from "./legal-bases";

describe("legalBasisOn", () => {
  it.each([
    ["2015-12-20", /năm 2003/, null],
    ["2019-12-20", /năm 2003/, /91\/2017/],
    ["2023-12-31", /năm 2003/, /91\/2017/],
    ["2024-01-01", /06\/2022\/QH15/, /98\/2023/],
    ["2025-06-30", /06\/2022\/QH15/, /98\/2023/],
    ["2025-07-01", /06\/2022\/QH15/, /152\/2025/],
    ["2026-12-20", /06\/2022\/QH15/, /152\/2025/],
  ])("%s", (day, law, decree) => {
    const b = legalBasisOn(day);
    expect(b.law).toMatch(law);
    if (decree) expect(b.decree).toMatch(decree);
    else expect(b.decree).toBeNull();
  });
});
