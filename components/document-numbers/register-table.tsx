import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { DOCUMENT_KIND_LABELS, DOCUMENT_NUMBER_SOURCE_LABELS, NUMBERED_DOCUMENT_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { DocumentRegister } from "@/lib/server/document-numbers/find-document-numbers";

/** The year and issuing body of the register: a plain GET form (nam, coquan), so the address can be shared. */
export function RegisterFilter({ register }: { register: Pick<DocumentRegister, "year" | "years" | "issuerCode" | "issuerCodes"> }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2" aria-label="Lọc sổ đăng ký số văn bản">
      <div>
        <label htmlFor="register-year" className="block text-sm font-medium">
          Năm cấp số
        </label>
        <select id="register-year" name="nam" defaultValue={String(register.year)} className={inputClass}>
          {register.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="register-issuer" className="block text-sm font-medium">
          Cơ quan ban hành (ký hiệu)
        </label>
        <select id="register-issuer" name="coquan" defaultValue={register.issuerCode ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {register.issuerCodes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2 text-sm">
        Xem
      </button>
    </form>
  );
}

/** The numbers of the register, in the order of the series, each with a link to what it numbers. */
export function RegisterTable({ rows }: { rows: DocumentRegister["rows"] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Sổ đăng ký số văn bản</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="px-2 py-1">
            TT
          </th>
          <th scope="col" className="px-2 py-1">
            Số, ký hiệu
          </th>
          <th scope="col" className="px-2 py-1">
            Ngày
          </th>
          <th scope="col" className="px-2 py-1">
            Loại
          </th>
          <th scope="col" className="px-2 py-1">
            Văn bản
          </th>
          <th scope="col" className="px-2 py-1">
            Cách cấp số
          </th>
          <th scope="col" className="px-2 py-1">
            Người cấp
          </th>
          <th scope="col" className="px-2 py-1">
            Ghi chú
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.id} className="border-b border-stone-100 align-top">
            <td className="px-2 py-1">{i + 1}</td>
            <td className="px-2 py-1 font-medium whitespace-nowrap">{r.symbol}</td>
            <td className="px-2 py-1">{formatDay(r.issuedOn)}</td>
            <td className="px-2 py-1">{DOCUMENT_KIND_LABELS[r.kind] ?? r.kind}</td>
            <td className="px-2 py-1">
              <Link href={r.href} className="text-brand-700 underline">
                {NUMBERED_DOCUMENT_LABELS[r.document]} năm {r.cycleYear}
              </Link>
            </td>
            <td className="px-2 py-1">{DOCUMENT_NUMBER_SOURCE_LABELS[r.source]}</td>
            <td className="px-2 py-1">{r.issuedByName ?? "—"}</td>
            <td className="px-2 py-1">{r.note ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
