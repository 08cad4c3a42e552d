import { CENTRAL_CHOICE as CENTRAL } from "@/lib/domain/account-rules";

export interface Choice {
  id: string;
  code?: string;
  name: string;
  province?: string | null;
}

/** "Ban Tổ chức Tỉnh ủy (KT-BTC) — Kon Tum": enough to tell two agencies of the same name apart. */
export function choiceLabel(c: Choice): string {
  return `${c.name}${c.code ? ` (${c.code})` : ""}${c.province !== undefined ? ` — ${c.province ?? "Trung ương"}` : ""}`;
}

/** The managing-province options: the caller's provinces, then the central level when they manage it. */
export function ProvinceOptions({ provinces, central }: { provinces: { id: string; name: string }[]; central: boolean }) {
  return (
    <>
      {provinces.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
      {central && <option value={CENTRAL}>Trung ương</option>}
    </>
  );
}

export function defaultProvince(provinces: { id: string }[], central: boolean): string {
  return provinces[0]?.id ?? (central ? CENTRAL : "");
}
