import { REGISTRATION_STATUS_LABELS } from "@/lib/domain/labels";

const STYLES: Record<string, string> = {
  DRAFT: "bg-stone-200 text-stone-700",
  SUBMITTED: "bg-sky-100 text-sky-800",
  ACCEPTED: "bg-green-100 text-green-800",
  RETURNED: "bg-amber-100 text-amber-800",
};

/** A registration's state; null = the agency has not started one. */
export function RegistrationStatusBadge({ status }: { status: string | null }) {
  if (!status) return <span className="text-sm text-stone-500">Chưa đăng ký</span>;
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STYLES[status] ?? STYLES.DRAFT}`}>
      {REGISTRATION_STATUS_LABELS[status] ?? status}
    </span>
  );
}
