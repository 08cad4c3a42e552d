/**
 * Nominations the council received (SENT by the blocs' chairs) by award form, against the blocs'
 * own quotas (docs/domain/awards.md#quotas): each bloc's catalogue has its own forms, matched here by
 * code. A bloc past its quota is named — the check on sending makes that rare, but a quota lowered
 * afterwards can leave one. Pure.
 */
import { compareVi } from "@/lib/format";
import { quotaFor, type QuotaKind, type Rounding } from "../awards/quota";

export interface BlocForm {
  code: string;
  name: string;
  order: number;
  quotaKind: QuotaKind;
  quotaValue: string | null;
  quotaRounding: Rounding;
}

export interface BlocAwards {
  blocCode: string;
  blocName: string;
  /** Member agencies of the year (the quota base). */
  members: number;
  forms: readonly BlocForm[];
  /** Codes of the bloc's SENT nominations, one entry each. */
  sent: readonly string[];
}

export interface FormTotal {
  code: string;
  name: string;
  received: number;
  /** The sum of the blocs' quotas; null when some bloc's form is unlimited. */
  cap: number | null;
  /** Blocs that sent more than their quota. */
  blocsOver: { blocCode: string; blocName: string; sent: number; max: number }[];
}

/** One line per form code found in a catalogue or a nomination, in catalogue order. */
export function awardTotals(blocs: readonly BlocAwards[]): FormTotal[] {
  const totals = new Map<string, FormTotal & { order: number }>();
  for (const bloc of blocs) {
    const sentBy = new Map<string, number>();
    for (const code of bloc.sent) sentBy.set(code, (sentBy.get(code) ?? 0) + 1);
    for (const form of bloc.forms) {
      const total = totals.get(form.code) ?? { code: form.code, name: form.name, order: form.order, received: 0, cap: 0, blocsOver: [] };
      const quota = quotaFor({ name: form.name, quotaKind: form.quotaKind, quotaValue: form.quotaValue, quotaRounding: form.quotaRounding }, bloc.members);
      const sent = sentBy.get(form.code) ?? 0;
      total.received += sent;
      total.cap = quota.limited && total.cap !== null ? total.cap + quota.max : null;
      if (quota.limited && sent > quota.max) total.blocsOver.push({ blocCode: bloc.blocCode, blocName: bloc.blocName, sent, max: quota.max });
      total.order = Math.min(total.order, form.order);
      totals.set(form.code, total);
    }
  }
  return [...totals.values()]
    .sort((a, b) => a.order - b.order || compareVi(a.name, b.name))
    .map(({ order: _order, ...t }) => ({ ...t, blocsOver: [...t.blocsOver].sort((a, b) => compareVi(a.blocName, b.blocName)) }));
}
