import { z } from "zod";
import { PHASE_KEYS } from "@/lib/domain/cycle-phase";
import { id, text, version, year } from "./common";

// ── The overview's address (a GET form: names are the address's Vietnamese words) ──

/** `?tinh=&nam=&giai-doan=&tre-han=1&q=`: anything unreadable is dropped, never an error. */
export const OverviewQuerySchema = z.object({
  tinh: text()
    .trim()
    .max(40)
    .optional()
    .catch(undefined)
    .transform((v) => v || null),
  nam: year
    .optional()
    .catch(undefined)
    .transform((v) => v ?? null),
  phase: z
    .enum([...PHASE_KEYS, "NONE"])
    .optional()
    .catch(undefined)
    .transform((v) => v ?? null),
  onlyLate: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  q: text()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v ?? ""),
});
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

/** The address's parameters (first value of each) under the schema's keys. */
export function overviewQueryOf(params: Record<string, string | string[] | undefined>): OverviewQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return OverviewQuerySchema.parse({
    tinh: first(params.tinh),
    nam: first(params.nam),
    phase: first(params["giai-doan"]),
    onlyLate: first(params["tre-han"]),
    q: first(params.q),
  });
}

// ── The Cờ thi đua của Chính phủ cap of a council's year (docs/decisions/0030) ──

export const CoCpCapInputSchema = z.object({
  /** The council: a province's id, or "" for the central level. */
  provinceId: z.union([id, z.literal("")]).transform((v) => (v === "" ? null : v)),
  year,
  pct: text({ error: "Vui lòng nhập tỷ lệ phần trăm." })
    .trim()
    .transform((v) => v.replace(",", "."))
    .refine((v) => /^\d{1,3}(\.\d{1,2})?$/.test(v), "Tỷ lệ là số không âm, tối đa 2 chữ số thập phân.")
    .refine((v) => Number(v) <= 100, "Tỷ lệ phần trăm từ 0 đến 100."),
  rounding: z.enum(["FLOOR", "CEIL", "HALF_UP"], { error: "Vui lòng chọn cách làm tròn." }),
  /** The row's version the form showed; absent when no row existed (the defaults). */
  version: z
    .union([version, z.literal("")])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
});
export type CoCpCapInput = z.infer<typeof CoCpCapInputSchema>;
