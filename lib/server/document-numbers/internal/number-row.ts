import "server-only";
import { isoDay } from "@/lib/format";

/** A register row as the use cases answer it. */
export interface IssuedNumber {
  id: string;
  symbol: string;
  issuedOn: string;
  source: "ISSUED" | "RECORDED";
  /** True when the document had its number already (reissuing answers the same number). */
  existed: boolean;
}

export const NUMBER_ROW = { id: true, symbol: true, issuedOn: true, source: true } as const;

export function issuedNumber(row: { id: string; symbol: string; issuedOn: Date; source: "ISSUED" | "RECORDED" }, existed: boolean): IssuedNumber {
  return { id: row.id, symbol: row.symbol, issuedOn: isoDay(row.issuedOn), source: row.source, existed };
}

export const ALREADY_NUMBERED = (symbol: string) => `Văn bản này đã có số ${symbol}; số đã cấp không thay đổi.`;
