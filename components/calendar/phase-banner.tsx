import { cycleStatus, PHASE_LABELS, phaseState, type PhaseWindow } from "@/lib/domain/cycle-phase";
import { formatDay } from "@/lib/format";

/**
 * One line for the top of every page of a bloc's year: the phases open today
 * (with the day each closes) and the nearest deadline. Server component;
 * `today` is "yyyy-MM-dd" in Vietnam time (lib/server/clock todayInVietnam).
 */
export function PhaseBanner({ phases, today }: { phases: readonly PhaseWindow[]; today: string }) {
  if (phases.length === 0) {
    return <Line tone="muted">Chưa đặt lịch các giai đoạn cho năm này.</Line>;
  }
  const status = cycleStatus(phases, today);
  if (status.open.length === 0) {
    return (
      <Line tone="muted">
        {status.isFinished ? "Các giai đoạn của năm đã kết thúc." : "Hiện không có giai đoạn nào đang mở."}
        {status.next && (
          <>
            {" "}
            · Giai đoạn tiếp theo: <strong>{PHASE_LABELS[status.next.key]}</strong>, bắt đầu từ{" "}
            <span className="tabular-nums">{formatDay(status.next.opensOn)}</span>
          </>
        )}
      </Line>
    );
  }
  // The nearest deadline is the soonest closing day among the open phases (a reopening's day when reopened).
  const nearest = status.deadlines.find((d) => d.kind === "CLOSES")!;
  const byKey = new Map(phases.map((p) => [p.key, p]));
  return (
    <Line tone="open">
      <span>
        Đang mở:{" "}
        {status.open.map((key, i) => {
          const p = byKey.get(key)!;
          const until = phaseState(p, today) === "REOPENED" ? `mở lại đến ${formatDay(p.reopenedUntil!)}` : `đến ${formatDay(p.closesOn)}`;
          return (
            <span key={key}>
              {i > 0 && ", "}
              <strong>{PHASE_LABELS[key]}</strong> ({until})
            </span>
          );
        })}
      </span>
      <span>
        {" "}
        · Hạn gần nhất: <strong className="tabular-nums">{formatDay(nearest.on)}</strong> — kết thúc “{PHASE_LABELS[nearest.key]}”
      </span>
    </Line>
  );
}

function Line({ tone, children }: { tone: "open" | "muted"; children: React.ReactNode }) {
  const color = tone === "open" ? "border-green-200 bg-green-50 text-green-900" : "border-stone-200 bg-stone-50 text-stone-700";
  return (
    <p data-testid="phase-banner" className={`rounded border px-3 py-2 text-sm ${color}`}>
      {children}
    </p>
  );
}
