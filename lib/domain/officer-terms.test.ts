import { describe, expect, test } from "vitest";
import { checkOfficerTerm, findOverlappingTerm, type OfficerTermDraft, type OfficerTermSpan } from "./officer-terms";

const head2025: OfficerTermSpan = { id: "h25", role: "HEAD", agencyName: "Ban Tổ chức", startsOn: "2025-01-01", endsOn: "2025-12-31" };
const deputy2025: OfficerTermSpan = { id: "d25", role: "DEPUTY", agencyName: "Văn phòng", startsOn: "2025-01-01", endsOn: "2025-12-31" };
const existing = [head2025, deputy2025];
const draft = (over: Partial<OfficerTermDraft>): OfficerTermDraft => ({ role: "HEAD", agencyId: "a", startsOn: "2026-01-01", endsOn: "2026-12-31", ...over });

describe("findOverlappingTerm", () => {
  test.each<[string, OfficerTermDraft, string | null]>([
    ["the next year's head does not clash", draft({}), null],
    ["a head starting on the old head's last day clashes (ends inclusive)", draft({ startsOn: "2025-12-31" }), "h25"],
    ["a head ending on the old head's first day clashes", draft({ startsOn: "2024-01-01", endsOn: "2025-01-01" }), "h25"],
    ["a head inside the old head's term clashes", draft({ startsOn: "2025-03-01", endsOn: "2025-04-01" }), "h25"],
    ["a head around the old head's term clashes", draft({ startsOn: "2024-06-01", endsOn: "2026-06-01" }), "h25"],
    ["a head ending the day before the old head's first day does not clash", draft({ startsOn: "2024-01-01", endsOn: "2024-12-31" }), null],
    ["a deputy may serve during a head's term (other role)", draft({ role: "DEPUTY", startsOn: "2026-01-01" }), null],
    ["a deputy clashes with another deputy", draft({ role: "DEPUTY", startsOn: "2025-06-01", endsOn: "2026-05-31" }), "d25"],
    ["a term being edited does not clash with itself", draft({ id: "h25", startsOn: "2025-02-01", endsOn: "2025-12-31" }), null],
  ])("%s", (_name, d, expectedId) => {
    expect(findOverlappingTerm(existing, d)?.id ?? null).toBe(expectedId);
  });
});

describe("checkOfficerTerm for 2025", () => {
  const ctx = { year: 2025, memberAgencyIds: ["a", "b"], existing };
  test.each<[string, OfficerTermDraft, Record<string, string[]> | null]>([
    [
      "a term entirely in the year before is refused",
      draft({ role: "DEPUTY", startsOn: "2024-01-01", endsOn: "2024-12-31", agencyId: "b" }),
      { startsOn: ["Nhiệm kỳ phải có ít nhất một ngày trong năm 2025."] },
    ],
    [
      "a new deputy for another member is accepted when free",
      draft({ role: "DEPUTY", id: "d25", agencyId: "b", startsOn: "2025-01-01", endsOn: "2025-06-30" }),
      null,
    ],
    ["editing the 2025 head's dates within its own span is accepted", draft({ id: "h25", startsOn: "2025-01-15", endsOn: "2025-12-31" }), null],
    ["a term reaching into the year from the year before is accepted", draft({ id: "h25", startsOn: "2024-12-15", endsOn: "2025-12-14" }), null],
    [
      "a clashing head names the clashing term",
      draft({ startsOn: "2025-06-01", endsOn: "2026-05-31" }),
      { startsOn: ["Nhiệm kỳ Trưởng khối bị trùng với nhiệm kỳ của Ban Tổ chức (01/01/2025 – 31/12/2025)."] },
    ],
    [
      "an end before the start is refused",
      draft({ startsOn: "2025-06-01", endsOn: "2025-05-31" }),
      { endsOn: ["Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu."] },
    ],
    [
      "a term entirely in another year is refused",
      draft({ startsOn: "2026-01-01", endsOn: "2026-12-31" }),
      { startsOn: ["Nhiệm kỳ phải có ít nhất một ngày trong năm 2025."] },
    ],
    [
      "an agency that is not a member that year is refused",
      draft({ id: "h25", agencyId: "zzz", startsOn: "2025-01-01", endsOn: "2025-12-31" }),
      { agencyId: ["Cơ quan được chọn không phải thành viên của khối năm 2025."] },
    ],
  ])("%s", (_name, d, expected) => {
    expect(checkOfficerTerm(d, ctx)).toEqual(expected);
  });

  test("a one-day term on 31/12 is inside the year", () => {
    expect(checkOfficerTerm(draft({ role: "DEPUTY", id: "d25", startsOn: "2025-12-31", endsOn: "2025-12-31" }), ctx)).toBeNull();
  });
});
