// Shared members, agencies and helpers of the agency-change tests.
import { planAgencyChange } from "./agency-change";
import type { AgencyChangeInput, ChangeOperation, KnownAgency, MemberSnapshot } from "./agency-change-types";

// 2025 in a provincial Party bloc: Ban Tuyên giáo and Ban Dân vận merge on
// 01/03/2025 (docs/domain/legal-basis.md#reorganisation-2025) into Ban Tuyên giáo và Dân vận.
export const member = (agencyId: string, name: string, over: Partial<MemberSnapshot> = {}): MemberSnapshot => ({
  agencyId,
  name,
  type: "BAN_DANG",
  joinedOn: null,
  leftOn: null,
  dissolvedOn: null,
  ...over,
});
export const BTG = member("btg", "Ban Tuyên giáo");
export const BDV = member("bdv", "Ban Dân vận");
export const BTC = member("btc", "Ban Tổ chức");
export const LATE = member("late", "Báo tỉnh", { type: "BAO", joinedOn: "2025-06-01" });
export const LEFT = member("left", "Trường Chính trị", { leftOn: "2025-01-31" });
export const members = [BTG, BDV, BTC, LATE, LEFT];
export const known: KnownAgency[] = [
  { agencyId: "outside", name: "Ban Nội chính", dissolvedOn: null },
  { agencyId: "gone", name: "Ban cũ", dissolvedOn: "2025-02-01" },
];
export const NEW_BTGDV = { newAgency: { name: "Ban Tuyên giáo và Dân vận", shortName: "BTGDV", type: "BAN_DANG" } };
export const base: AgencyChangeInput = {
  kind: "MERGER",
  effectiveOn: "2025-03-01",
  predecessorIds: ["btg", "bdv"],
  successors: [NEW_BTGDV],
  decisionRef: "QĐ 983-QĐ/TU",
  note: null,
};
export const plan = (over: Partial<AgencyChangeInput>) => planAgencyChange(2025, members, known, { ...base, ...over });
export const link = (
  predecessorId: string,
  successor: { existingId: string } | { newIndex: number },
  kind = "MERGER",
  effectiveOn = "2025-03-01",
): ChangeOperation => ({ op: "LINK_LINEAGE", predecessorId, successor, kind: kind as "MERGER", effectiveOn, decisionRef: "QĐ 983-QĐ/TU", note: null });
