import { formatDay } from "@/lib/format";
import type { PledgeDetail } from "@/lib/server/pledges/find-pledges";
import { ScrollTable } from "@/components/ui/scroll-table";

export function SignatureTable({ pledge }: { pledge: PledgeDetail }) {
  return (
    <div>
      <p className="mb-2 text-sm" data-testid="signature-count">
        <strong className="tabular-nums">
          {pledge.signedMembers}/{pledge.memberCount}
        </strong>{" "}
        cơ quan đã ký
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
            <th scope="col" className="py-2 font-medium">
              Ngày ký
            </th>
          </tr>
        </thead>
        <tbody>
          {pledge.signatures.map((r) => (
            <tr key={r.agencyId} className="border-b border-stone-100 align-top last:border-0">
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                {r.agencyName}
              </th>
              {r.signature ? (
                <>
                  <td className="py-2 pr-2">{r.signature.signerName}</td>
                  <td className="py-2 pr-2 text-stone-600">{r.signature.signerTitle}</td>
                  <td className="py-2 tabular-nums">{formatDay(r.signature.signedOn)}</td>
                </>
              ) : (
                <td colSpan={3} className="py-2 text-stone-500">
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
