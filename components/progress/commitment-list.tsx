import { formatTarget } from "@/lib/domain/progress";
import type { SignedCommitment } from "@/lib/server/progress/signed-pledge";

/** The signed commitments in full, as anchors the matrix headers link to. */
export function CommitmentList({ commitments }: { commitments: SignedCommitment[] }) {
  return (
    <ol className="space-y-2 text-sm">
      {commitments.map((c) => {
        const target = formatTarget(c.targetKind, c.targetValue, c.targetUnit, c.targetComparator);
        return (
          <li key={c.id} id={`cam-ket-${c.number}`} className="flex gap-2 scroll-mt-4">
            <span className="font-medium tabular-nums">({c.number})</span>
            <div>
              <p>{c.text}</p>
              {target && <p className="text-xs text-stone-600">Chỉ tiêu: {target}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
