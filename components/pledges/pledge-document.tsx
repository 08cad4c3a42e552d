import { PLEDGE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { PledgeDetail } from "@/lib/server/pledges/find-pledges";

/** The text of one pledge version: title, theme, bases, numbered commitments, signing meeting. */
export function PledgeDocument({ pledge }: { pledge: PledgeDetail }) {
  return (
    <article className="space-y-4 text-sm">
      <header>
        <h3 className="text-lg font-semibold">{pledge.title}</h3>
        <p className="text-stone-500">
          Phiên bản {pledge.version} · {PLEDGE_STATUS_LABELS[pledge.status]}
        </p>
        {pledge.theme && <p className="mt-2">Chủ đề: “{pledge.theme}”</p>}
      </header>
      {pledge.bases.length > 0 && (
        <section aria-label="Căn cứ">
          <h4 className="font-medium text-stone-500">Căn cứ</h4>
          <ul className="mt-1 list-inside list-disc space-y-1">
            {pledge.bases.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Nội dung giao ước">
        <h4 className="font-medium text-stone-500">Nội dung giao ước</h4>
        {pledge.commitments.length === 0 ? (
          <p className="mt-1 text-stone-500">Chưa có nội dung giao ước nào.</p>
        ) : (
          <ol className="mt-1 space-y-2">
            {pledge.commitments.map((c) => (
              <li key={c.number} className="flex gap-2">
                <span className="font-medium tabular-nums">({c.number})</span>
                <div>
                  <p>{c.text}</p>
                  {c.target && <p className="mt-0.5 text-xs text-stone-600">Chỉ tiêu: {c.target}</p>}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-label="Hội nghị ký kết">
        <h4 className="font-medium text-stone-500">Hội nghị ký kết</h4>
        {pledge.meeting ? (
          <p className="mt-1">
            Ngày {formatDay(pledge.meeting.heldOn)} tại {pledge.meeting.place}; chủ trì: {pledge.meeting.chairName}.
          </p>
        ) : (
          <p className="mt-1 text-stone-500">Chưa gắn với hội nghị ký kết nào.</p>
        )}
      </section>
    </article>
  );
}
