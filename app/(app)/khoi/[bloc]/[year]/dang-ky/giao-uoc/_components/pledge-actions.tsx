import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { PledgeWorkspace } from "@/lib/server/pledges/get-pledge-workspace";
import type { PledgeView } from "@/lib/server/pledges/pledge-view";
import { MeetingForm } from "./meeting-form";
import { NewVersionForm } from "./new-version-form";
import { BackToDraftForm, OpenSigningForm } from "./step-forms";

const note = "rounded bg-amber-50 px-3 py-2 text-sm text-amber-900";

/** The documents of the current version, and the secretary's next step: open signing, go back, record the meeting, correct. */
export function PledgeActions({ ws, pledge, base, docxBase }: { ws: PledgeWorkspace; pledge: PledgeView; base: string; docxBase: string }) {
  const isOpen = pledge.status === "DRAFT" || pledge.status === "SIGNING";
  const hasSignature = pledge.signatures.some((s) => s.signature !== null);
  return (
    <>
      <Card title="Văn bản giao ước">
        <p className="flex flex-wrap gap-3 text-sm">
          <Link href={`${base}/${pledge.version}/in`} className="rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100">
            Bản in
          </Link>
          <a href={`${docxBase}/${pledge.version}/docx`} className="rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100" download>
            Tải .docx
          </a>
        </p>
        {pledge.status !== "LOCKED" && <p className="mt-2 text-xs text-stone-500">Giao ước chưa khóa: văn bản in và .docx ghi “DỰ THẢO”.</p>}
      </Card>

      {ws.canManage && (
        <Card title="Các bước của Thư ký khối">
          <div className="grid gap-4">
            {!ws.drafting.open && pledge.status !== "SIGNING" && (
              <p role="note" className={note}>
                {ws.drafting.reason}
              </p>
            )}
            {pledge.status === "DRAFT" &&
              ws.drafting.open &&
              (pledge.commitments.length > 0 ? (
                <div className="grid gap-2">
                  <p className="text-sm">Khi nội dung đã thống nhất, mở ký kết để các cơ quan thành viên ghi nhận chữ ký.</p>
                  <OpenSigningForm pledgeId={pledge.id} rowVersion={pledge.rowVersion} />
                </div>
              ) : (
                <p className="text-sm text-stone-600">Cần lưu ít nhất một nội dung cam kết trước khi mở ký kết.</p>
              ))}
            {pledge.status === "SIGNING" && (
              <div className="grid gap-2 text-sm">
                <p>Giao ước đang mở ký kết: nội dung không sửa được. Khi mọi cơ quan thành viên đã ký, giao ước tự khóa.</p>
                {hasSignature ? (
                  <p className="text-stone-600">Đã có cơ quan ký nên không chuyển về dự thảo được nữa.</p>
                ) : ws.drafting.open ? (
                  <BackToDraftForm pledgeId={pledge.id} rowVersion={pledge.rowVersion} />
                ) : null}
              </div>
            )}
            {pledge.status === "LOCKED" && ws.drafting.open && (
              <div className="grid gap-2">
                <p className="text-sm">Giao ước đã khóa và không sửa được. Muốn điều chỉnh, tạo phiên bản mới và ghi rõ lý do.</p>
                <NewVersionForm pledgeId={pledge.id} version={pledge.version} />
              </div>
            )}
          </div>
        </Card>
      )}

      {ws.canManage && isOpen && (
        <Card title="Hội nghị ký kết giao ước">
          {ws.signing.open ? (
            <MeetingForm
              pledgeId={pledge.id}
              members={ws.members}
              initial={ws.meetingPrefill ?? { id: null, heldOn: "", place: "", chairName: "", presentAgencyIds: [] }}
            />
          ) : (
            <p role="note" className={note}>
              Chưa ghi nhận được hội nghị ký kết: {ws.signing.reason}
            </p>
          )}
        </Card>
      )}
    </>
  );
}
