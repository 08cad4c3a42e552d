import { SCORING_MODE_LABELS } from "@/lib/domain/labels";

const MODES = ["VERIFICATION", "CROSS_SCORING"] as const;
const HINTS: Record<(typeof MODES)[number], string> = {
  VERIFICATION: "Mỗi cơ quan tự chấm; Trưởng khối (hoặc tổ thẩm định) thẩm định điểm.",
  CROSS_SCORING: "Các cơ quan chấm điểm lẫn nhau; không cơ quan nào tự chấm cho mình.",
};

/**
 * The year's scoring mode as radio buttons. When it can no longer change, the
 * radios are disabled, the reason is shown, and the current mode is still
 * submitted through a hidden field (disabled inputs are not sent).
 */
export function ScoringModeFieldset({ value, lockedReason, errors }: { value: string; lockedReason?: string | null; errors?: string[] }) {
  const errorId = "scoring-mode-error";
  const reasonId = "scoring-mode-locked";
  return (
    <fieldset aria-describedby={[lockedReason ? reasonId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined}>
      <legend className="text-sm font-medium">Cách chấm điểm</legend>
      {lockedReason && <input type="hidden" name="scoringMode" value={value} />}
      <div className="mt-1 space-y-1">
        {MODES.map((mode) => (
          <label key={mode} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name={lockedReason ? undefined : "scoringMode"}
              value={mode}
              defaultChecked={value === mode}
              disabled={!!lockedReason}
              className="mt-1"
            />
            <span>
              {SCORING_MODE_LABELS[mode]} <span className="text-stone-500">— {HINTS[mode]}</span>
            </span>
          </label>
        ))}
      </div>
      {lockedReason && (
        <p id={reasonId} className="mt-1 text-sm text-amber-800">
          {lockedReason}
        </p>
      )}
      <div id={errorId} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
