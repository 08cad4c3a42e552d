import { MAX_KEY_TASKS } from "@/lib/domain/calendar";
import type { KeyTaskForm } from "@/lib/server/cycles/find-key-task-forms";
import { KeyTasksForm } from "./key-tasks-form";

/** One member agency's numbered key tasks, with the edit form when the user may edit them now. */
export function KeyTaskSection({ cycleId, form }: { cycleId: string; form: KeyTaskForm }) {
  return (
    <section aria-label={form.agencyName} className="border-b border-stone-100 pb-4 last:border-0" data-testid={`key-tasks-${form.agencyId}`}>
      <h3 className="font-medium">{form.agencyName}</h3>
      {form.tasks.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500">Chưa có nhiệm vụ trọng tâm.</p>
      ) : (
        <ol className="mt-1 list-inside list-decimal space-y-1 text-sm text-stone-700">
          {form.tasks.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ol>
      )}
      {form.closedReason && (
        <p className="mt-2 text-sm text-amber-800">Cơ quan chỉ tự sửa nhiệm vụ trọng tâm trong giai đoạn đăng ký thi đua. {form.closedReason}</p>
      )}
      {form.canEdit && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">Sửa nhiệm vụ trọng tâm</summary>
          <div className="mt-2">
            <KeyTasksForm
              cycleId={cycleId}
              agencyId={form.agencyId}
              agencyName={form.agencyName}
              tasks={form.tasks}
              version={form.version}
              max={MAX_KEY_TASKS}
            />
          </div>
        </details>
      )}
    </section>
  );
}
