/**
 * The Cờ thi đua của Chính phủ cap across a council's blocs (docs/domain/awards.md#quotas, edge case 22;
 * docs/decisions/0030-co-cp-cap-per-council-year.md): proposals may not exceed a percentage (20 % by
 * default) of the leading units acclaimed in the blocs that year. The proposals received beyond it,
 * in the order they were sent, are flagged; so is a nominee no bloc acclaimed as its leading unit.
 * Pure: the setting, the leaders and the proposals are arguments.
 */
import { compareVi, formatNumber } from "@/lib/format";
import { quotaFor, toHundredths, type Rounding } from "../awards/quota";

/** The award form the cap applies to, by its code in every bloc's catalogue. */
export const CO_CP_CODE = "CO_CP";

export interface CoCpCapSetting {
  /** Percentage of the leading units, 0–100. */
  pct: number;
  rounding: Rounding;
}

/** CV 5007/BNV-TĐKT: at most 20 % of the leading units; FLOOR as every quota (docs/decisions/0009). */
export const DEFAULT_CO_CP_CAP: CoCpCapSetting = { pct: 20, rounding: "FLOOR" };

export interface CoCpProposal {
  id: string;
  blocCode: string;
  blocName: string;
  agencyId: string;
  /** The agency, or the collective inside it, as the proposal names it. */
  nominee: string;
  /** When the bloc sent it (ISO), null if unknown: those come last. */
  sentAt: string | null;
}

export interface FlaggedProposal extends CoCpProposal {
  /** 1-based position in the order received. */
  position: number;
  overCap: boolean;
  /** The agency was not acclaimed the leading unit of the bloc that proposed it. */
  notLeader: boolean;
}

export interface CoCpCapView {
  setting: CoCpCapSetting;
  leaders: number;
  max: number;
  description: string;
  received: number;
  over: number;
  proposals: FlaggedProposal[];
}

/** How many Cờ CP proposals fit: pct % of the leading units, rounded as the setting says. */
export function coCpMax(setting: CoCpCapSetting, leaders: number): { max: number; description: string } {
  const quota = quotaFor(
    { name: "Cờ thi đua của Chính phủ", quotaKind: "PERCENT_OF_MEMBERS", quotaValue: setting.pct, quotaRounding: setting.rounding },
    leaders,
  );
  // A percentage quota is always limited; the guard only narrows the type.
  const max = quota.limited ? quota.max : 0;
  const hundredths = Math.max(0, toHundredths(setting.pct) ?? 0);
  const count = Math.max(0, Math.floor(leaders));
  const exact = formatNumber((count * hundredths) / 10_000);
  const pct = formatNumber(hundredths / 100);
  return { max, description: `${pct}% của ${count} đơn vị dẫn đầu = ${exact} → tối đa ${max}` };
}

/**
 * The cap and the proposals in the order received (sent time, then nominee by Vietnamese
 * collation, then id): those past the cap are over it. `leaders` holds "blocCode|agencyId" of
 * every acclaimed leading unit.
 */
export function coCpCap(setting: CoCpCapSetting, leaders: ReadonlySet<string>, proposals: readonly CoCpProposal[]): CoCpCapView {
  const { max, description } = coCpMax(setting, leaders.size);
  const ordered = [...proposals].sort(
    (a, b) =>
      (a.sentAt === null ? 1 : 0) - (b.sentAt === null ? 1 : 0) ||
      (a.sentAt ?? "").localeCompare(b.sentAt ?? "") ||
      compareVi(a.nominee, b.nominee) ||
      a.id.localeCompare(b.id),
  );
  const flagged = ordered.map((p, i) => ({ ...p, position: i + 1, overCap: i >= max, notLeader: !leaders.has(`${p.blocCode}|${p.agencyId}`) }));
  return { setting, leaders: leaders.size, max, description, received: flagged.length, over: Math.max(0, flagged.length - max), proposals: flagged };
}
