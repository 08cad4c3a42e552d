import { PledgeSignatures } from "@/components/pledges/pledge-signatures";
import { Card } from "@/components/ui/card";
import { formatMoment } from "@/lib/format";
import type { PledgeWorkspace } from "@/lib/server/pledges/get-pledge-workspace";
import type { PledgeView } from "@/lib/server/pledges/pledge-view";
import { SignatureForm } from "./signature-form";

/** Who has signed the current version, and a form for each member the user may sign for while signing is open. */
export function SignaturesCard({ ws, pledge }: { ws: PledgeWorkspace; pledge: PledgeView }) {
  const signable = pledge.signatures.filter((r) => ws.signableAgencyIds.includes(r.agencyId));
  return (
    <Card title={`Chữ ký giao ước (phiên bản ${pledge.version})`}>
      <PledgeSignatures pledge={pledge} />
      {pledge.status === "LOCKED" && (
        <p role="status" className="mt-3 rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          Mọi cơ quan thành viên đã ký: giao ước đã khóa lúc {formatMoment(pledge.lockedAt)}.
        </p>
      )}
      {pledge.status === "DRAFT" && <p className="mt-3 text-sm text-stone-600">Chữ ký được ghi nhận sau khi Thư ký khối mở ký kết.</p>}
      {pledge.status === "SIGNING" &&
        signable.length > 0 &&
        (ws.signing.open ? (
          <section aria-label="Ghi nhận chữ ký" className="mt-4 grid gap-3">
            <h3 className="text-sm font-semibold">Ghi nhận chữ ký</h3>
            {signable.map((r) => (
              <SignatureForm key={r.agencyId} pledgeId={pledge.id} agency={{ id: r.agencyId, name: r.agencyName }} defaultDay={pledge.meeting?.heldOn ?? ""} />
            ))}
          </section>
        ) : (
          <p role="note" className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Chưa ghi nhận được chữ ký: {ws.signing.reason}
          </p>
        ))}
    </Card>
  );
}
