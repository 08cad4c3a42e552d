import type { BlocYear } from "@/lib/server/blocs/get-bloc-year";
import type { PledgeView } from "@/lib/server/pledges/pledge-view";
import type { DraftValues } from "./draft-form";

/** The draft form's values from the stored version. */
export function draftValues(p: PledgeView): DraftValues {
  return {
    pledgeId: p.id,
    rowVersion: p.rowVersion,
    title: p.title,
    theme: p.theme ?? "",
    bases: p.bases.join("\n"),
    commitments: p.commitments.map((c) => ({
      text: c.text,
      targetKind: c.targetKind,
      // YES_NO stores 1 for "yes", which the form shows as an empty value.
      targetValue: c.targetValue === null || (c.targetKind === "YES_NO" && c.targetValue === 1) ? "" : String(c.targetValue),
      targetComparator: c.targetComparator,
      targetUnit: c.targetUnit ?? "",
      criterionIds: c.criteria.map((k) => k.id),
    })),
  };
}

/** A first draft starts from the year's programme (its theme and legal bases), not from invented text. */
export function emptyDraft(data: BlocYear): DraftValues {
  return {
    pledgeId: null,
    rowVersion: 0,
    title: `Giao ước thi đua năm ${data.year}`,
    theme: data.cycle?.theme ?? "",
    bases: (data.cycle?.legalBases ?? []).join("\n"),
    commitments: [],
  };
}
