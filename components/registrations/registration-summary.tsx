import { REGISTRATION_TARGET_KIND_LABELS } from "@/lib/domain/labels";
import type { TargetKind } from "@/lib/domain/pledge";
import type { TargetComparator } from "@/lib/domain/target-comparator";
import { formatTargetValue } from "@/lib/domain/target-value";
import { ScrollTable } from "@/components/ui/scroll-table";

export interface RegistrationContent {
  titles: { id: string; name: string }[];
  targets: { order: number; text: string; kind: TargetKind; value: number | null; comparator: TargetComparator }[];
  note: string | null;
}

/** A registration as read (the reviewer's view, or the agency's once it is sent). */
export function RegistrationSummary({ content }: { content: RegistrationContent }) {
  return (
    <div className="space-y-4">
      <section aria-labelledby="reg-titles">
        <h3 id="reg-titles" className="text-sm font-semibold">
          Danh hiệu đăng ký
        </h3>
        {content.titles.length === 0 ? (
          <p className="mt-1 text-sm text-stone-500">Không đăng ký danh hiệu.</p>
        ) : (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {content.titles.map((t) => (
              <li key={t.id}>{t.name}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="reg-targets">
        <h3 id="reg-targets" className="text-sm font-semibold">
          Chỉ tiêu đăng ký
        </h3>
        {content.targets.length === 0 ? (
          <p className="mt-1 text-sm text-stone-500">Không có chỉ tiêu.</p>
        ) : (
          <ScrollTable caption="Chỉ tiêu đăng ký" frameClassName="mt-1">
            <thead>
              <tr className="border-b border-stone-200 text-left text-stone-500">
                <th scope="col" className="w-10 py-2 pr-2 font-medium">
                  TT
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Chỉ tiêu
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Loại
                </th>
                <th scope="col" className="py-2 font-medium">
                  Giá trị
                </th>
              </tr>
            </thead>
            <tbody>
              {content.targets.map((t) => (
                <tr key={t.order} className="border-b border-stone-100 align-top last:border-0">
                  <td className="py-2 pr-2 tabular-nums">{t.order}</td>
                  <td className="py-2 pr-2">{t.text}</td>
                  <td className="py-2 pr-2">{REGISTRATION_TARGET_KIND_LABELS[t.kind] ?? t.kind}</td>
                  <td className="py-2 tabular-nums">{formatTargetValue(t.kind, t.value, t.comparator)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>
      {content.note && (
        <section aria-labelledby="reg-note">
          <h3 id="reg-note" className="text-sm font-semibold">
            Ghi chú
          </h3>
          <p className="mt-1 whitespace-pre-line text-sm">{content.note}</p>
        </section>
      )}
    </div>
  );
}
