import type { AuditChange } from "@/lib/domain/audit-diff";
import { auditFieldLabel, auditValueText } from "@/lib/domain/audit-text";

/** Before → after of the keys an audit entry of `entity` changed. */
export function AuditChanges({ changes, entity }: { changes: AuditChange[]; entity: string }) {
  if (changes.length === 0) return <p className="text-stone-500">Không có thay đổi dữ liệu.</p>;
  return (
    <dl className="space-y-1">
      {changes.map((c) => (
        <div key={c.path}>
          <dt className="font-medium text-stone-700">{auditFieldLabel(c.path)}</dt>
          <dd className="flex flex-wrap items-start gap-x-2">
            {c.kind !== "ADDED" && (
              <span className="text-red-800 line-through decoration-red-300">
                <span className="sr-only">Trước: </span>
                <Value path={c.path} value={c.before} entity={entity} />
              </span>
            )}
            {c.kind === "CHANGED" && <span aria-hidden="true">→</span>}
            {c.kind !== "REMOVED" && (
              <span className="text-green-900">
                <span className="sr-only">Sau: </span>
                <Value path={c.path} value={c.after} entity={entity} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Value({ path, value, entity }: { path: string; value: unknown; entity: string }) {
  if (Array.isArray(value) && value.length > 1) {
    return (
      <ol className="list-inside list-decimal">
        {value.map((v, i) => (
          <li key={i}>{auditValueText(path, v, entity)}</li>
        ))}
      </ol>
    );
  }
  return <>{auditValueText(path, value, entity)}</>;
}
