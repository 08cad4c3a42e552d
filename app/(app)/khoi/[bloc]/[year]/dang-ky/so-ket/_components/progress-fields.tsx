import { PROGRESS_STATUS_LABELS } from "@/lib/domain/labels";
import { formatTarget, STATUS_DISPLAY_ORDER } from "@/lib/domain/progress";
import { MAX_EVIDENCE_PER_SAVE } from "@/lib/schemas/progress";
import type { ReportedProgress } from "@/lib/server/progress/get-agency-progress";
import type { SignedCommitment } from "@/lib/server/progress/signed-pledge";
import { EvidenceList } from "./evidence-list";
import { inputClass, Labelled } from "./labelled";

/** The inputs of one progress report, filled with the saved data (uncontrolled). */
export function ProgressFields({
  idPrefix,
  commitment,
  progress,
  errors,
}: {
  idPrefix: string;
  commitment: SignedCommitment;
  progress: ReportedProgress | null;
  errors?: Record<string, string[]>;
}) {
  const target = formatTarget(commitment.targetKind, commitment.targetValue, commitment.targetUnit, commitment.targetComparator);
  const value = progress?.value ?? null;
  return (
    <>
      <input type="hidden" name="version" value={progress?.version ?? 0} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Labelled id={`${idPrefix}-status`} label="Trạng thái" errors={errors?.status}>
          {(p) => (
            <select {...p} name="status" defaultValue={progress?.status ?? "NOT_STARTED"} className={inputClass}>
              {STATUS_DISPLAY_ORDER.map((s) => (
                <option key={s} value={s}>
                  {PROGRESS_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        {commitment.targetKind === "YES_NO" && (
          <Labelled id={`${idPrefix}-value`} label="Giá trị đạt được" hint={`Chỉ tiêu: ${target}`} errors={errors?.value}>
            {(p) => (
              <select {...p} name="value" defaultValue={value === null ? "" : String(value)} className={inputClass}>
                <option value="">— Chưa xác định —</option>
                <option value="1">Có</option>
                <option value="0">Không</option>
              </select>
            )}
          </Labelled>
        )}
        {(commitment.targetKind === "NUMBER" || commitment.targetKind === "PERCENT") && (
          <Labelled id={`${idPrefix}-value`} label="Giá trị đạt được" hint={valueHint(commitment.targetKind, target)} errors={errors?.value}>
            {(p) => (
              <input
                {...p}
                name="value"
                type="number"
                inputMode="decimal"
                min={0}
                max={commitment.targetKind === "PERCENT" ? 100 : undefined}
                step="0.01"
                defaultValue={value ?? ""}
                className={inputClass}
              />
            )}
          </Labelled>
        )}
      </div>
      <Labelled id={`${idPrefix}-note`} label="Ghi chú" errors={errors?.note}>
        {(p) => <textarea {...p} name="note" rows={3} maxLength={2000} defaultValue={progress?.note ?? ""} className={inputClass} />}
      </Labelled>
      {progress && progress.files.length > 0 && <EvidenceList files={progress.files} />}
      <Labelled
        id={`${idPrefix}-files`}
        label="Minh chứng (PDF, JPEG, PNG ≤ 10 MB)"
        hint={`Tối đa ${MAX_EVIDENCE_PER_SAVE} tệp mỗi lần lưu; tệp đã nộp được giữ lại.`}
        errors={errors?.files}
      >
        {(p) => (
          <input
            {...p}
            name="files"
            type="file"
            multiple
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            className="mt-1 block w-full text-sm"
          />
        )}
      </Labelled>
    </>
  );
}

function valueHint(kind: "NUMBER" | "PERCENT", target: string | null): string {
  const unit = kind === "PERCENT" ? "Nhập tỷ lệ phần trăm (0–100)." : "Nhập số đạt được.";
  return target ? `${unit} Chỉ tiêu: ${target}` : unit;
}
