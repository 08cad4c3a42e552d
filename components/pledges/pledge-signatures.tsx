import { formatDay } from "@/lib/format";
import type { PledgeView } from "@/lib/server/pledges/pledge-view";
import { ScrollTable } from "@/components/ui/scroll-table";

/** Every member's signature on one version, with the scan (served by /api/files with an access check). */
export function PledgeSignatures({ pledge }: { pledge: PledgeView }) {
  return (
    <div>
      <p className="mb-2 text-sm" data-testid="signature-count">
        <strong className="tabular-nums">
          {pledge.signedRequired}/{pledge.requiredCount}
        </strong>{" "}
        cơ quan thành viên đã ký
      </p>
      <ScrollTable caption={`Chữ ký giao ước phiên bản ${pledge.version}`}>
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th scope="col" className="py-2 pr-2 font-medium">
              Cơ quan, đơn vị
            </th>
            <th scope="col" className="py-2 pr-2 font-medium">
              Người ký
            </th>
            <th scope="col" className="py-2 pr-2 font-medium">
              Chức vụ
            </th>
            <th scope="col" className="py-2 pr-2 font-medium">
              Ngày ký
            </th>
            <th scope="col" className="py-2 font-medium">
              Bản quét
            </th>
          </tr>
        </thead>
        <tbody>
          {pledge.signatures.map((r) => (
            <tr key={r.agencyId} className="border-b border-stone-100 align-top last:border-0">
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                {r.agencyName}
                {!r.isRequired && <span className="block text-xs text-stone-500">Không còn là thành viên (không chờ ký)</span>}
              </th>
              {r.signature ? (
                <>
                  <td className="py-2 pr-2">{r.signature.signerName}</td>
                  <td className="py-2 pr-2 text-stone-600">{r.signature.signerTitle}</td>
                  <td className="py-2 pr-2 tabular-nums">{formatDay(r.signature.signedOn)}</td>
                  <td className="py-2">
                    {r.signature.scan ? (
                      <a href={`/api/files/${r.signature.scan.id}`} className="text-brand-700 underline" download>
                        {r.signature.scan.name}
                      </a>
                    ) : (
                      <span className="text-stone-500">—</span>
                    )}
                  </td>
                </>
              ) : (
                <td colSpan={4} className="py-2 text-stone-500">
                  Chưa ký
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
