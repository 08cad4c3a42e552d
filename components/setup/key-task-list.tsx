import { EmptyState } from "@/components/ui/card";
import type { AgencyKeyTasks } from "@/lib/server/setup/find-key-tasks";

export function KeyTaskList({ groups, year }: { groups: AgencyKeyTasks[]; year: number }) {
  if (groups.length === 0) return <EmptyState>Chưa có cơ quan nào đăng ký nhiệm vụ trọng tâm năm {year}.</EmptyState>;
  return (
    <div className="space-y-4 text-sm">
      {groups.map((g) => (
        <section key={g.agencyId} aria-label={g.agencyName}>
          <h3 className="font-medium">{g.agencyName}</h3>
          <ol className="mt-1 list-inside list-decimal space-y-1 text-stone-700">
            {g.tasks.map((t) => (
              <li key={t.order}>{t.text}</li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
