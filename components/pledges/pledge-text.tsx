import { MEETING_KIND_LABELS, PLEDGE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay, formatMoment } from "@/lib/format";
import type { PledgeView } from "@/lib/server/pledges/pledge-view";

/** A pledge version read-only: title, theme, bases, numbered commitments with targets and criteria, the signing meeting. */
export function PledgeText({ pledge, memberNames }: { pledge: PledgeView; memberNames: Map<string, string> }) {
  const present = pledge.meeting?.presentAgencyIds.map((id) => memberNames.get(id)).filter(Boolean) ?? [];
  return (
    <article className="space-y-4 text-sm">
      <header>
        <h3 className="text-lg font-semibold">{pledge.title}</h3>
        <p className="text-stone-500">
          Phiên bản {pledge.version} · {PLEDGE_STATUS_LABELS[pledge.status]}
          {pledge.lockedAt && <> · khóa lúc {formatMoment(pledge.lockedAt)}</>}
        </p>
        {pledge.changeReason && <p className="mt-1 text-stone-600">Lý do điều chỉnh: {pledge.changeReason}</p>}
        {pledge.theme && <p className="mt-2">Chủ đề: “{pledge.theme}”</p>}
      </header>
      <section aria-label="Căn cứ">
        <h4 className="font-medium text-stone-500">Căn cứ</h4>
        {pledge.bases.length === 0 ? (
          <p className="mt-1 text-stone-500">Chưa ghi căn cứ.</p>
        ) : (
          <ul className="mt-1 list-inside list-disc space-y-1">
            {pledge.bases.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Nội dung cam kết">
        <h4 className="font-medium text-stone-500">Nội dung cam kết</h4>
        {pledge.commitments.length === 0 ? (
          <p className="mt-1 text-stone-500">Chưa có nội dung cam kết nào.</p>
        ) : (
          <ol className="mt-1 space-y-2">
            {pledge.commitments.map((c) => (
              <li key={c.number} className="flex gap-2">
                <span className="font-medium tabular-nums">{c.number}.</span>
                <div>
                  <p className="whitespace-pre-line">{c.text}</p>
                  {c.target && <p className="mt-0.5 text-xs text-stone-600">Chỉ tiêu: {c.target}</p>}
                  {c.criteria.length > 0 && (
                    <p className="mt-0.5 text-xs text-stone-600">Tiêu chí liên quan: {c.criteria.map((k) => `${k.code} ${k.name}`).join("; ")}</p>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-label={MEETING_KIND_LABELS.PLEDGE_SIGNING}>
        <h4 className="font-medium text-stone-500">{MEETING_KIND_LABELS.PLEDGE_SIGNING}</h4>
        {pledge.meeting ? (
          <p className="mt-1">
            Ngày {formatDay(pledge.meeting.heldOn)} tại {pledge.meeting.place}; chủ trì: {pledge.meeting.chairName}; có mặt {present.length}/{memberNames.size}{" "}
            cơ quan
            {present.length > 0 && <>: {present.join(", ")}</>}.
          </p>
        ) : (
          <p className="mt-1 text-stone-500">Chưa ghi nhận hội nghị ký kết.</p>
        )}
      </section>
    </article>
  );
}
