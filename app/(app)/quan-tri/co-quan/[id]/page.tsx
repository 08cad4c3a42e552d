import type { Metadata } from "next";
import Link from "next/link";
import { AgencyForm } from "@/components/agency-register/agency-form";
import { AgencyLineage } from "@/components/agency-register/agency-lineage";
import { AgencyMemberships } from "@/components/agency-register/agency-memberships";
import { RegisterDissolutionForm, RegisterMergerForm, RegisterRenameForm, RegisterSplitForm } from "@/components/agency-register/change-forms";
import { Card } from "@/components/ui/card";
import { AGENCY_TYPE_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import { getRegisterAgency } from "@/lib/server/agency-register/get-register-agency";
import { readOr404 } from "@/lib/server/read-or-404";
import { recordRegisterChangeAction, updateAgencyAction } from "../actions";

export const metadata: Metadata = { title: "Cơ quan, đơn vị" };

/** One agency of the register: its details, lineage, blocs, and the changes to record. Out of scope: 404. */
export default async function RegisterAgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await readOr404(getRegisterAgency(decodeURIComponent(id)), { forbidden: "404" });
  const { agency, partners } = data;
  const self = { id: agency.id, name: agency.name };
  return (
    <div className="space-y-5">
      <div>
        <Link href={`/quan-tri/co-quan?tinh=${encodeURIComponent(data.register.key)}`} className="text-sm text-brand-700 underline">
          ← Danh sách cơ quan, đơn vị của {data.register.label}
        </Link>
        <h2 className="mt-2 text-lg font-semibold">{agency.name}</h2>
        <p className="text-sm text-stone-600">
          {AGENCY_TYPE_LABELS[agency.type] ?? agency.type} · {agency.province ?? "Cấp Trung ương"} · mã {agency.code}
          {agency.establishedOn && ` · thành lập ${formatDay(agency.establishedOn)}`}
          {agency.dissolvedOn && ` · không còn từ ${formatDay(agency.dissolvedOn)}`}
        </p>
      </div>
      <Card title="Quá trình sắp xếp, hợp nhất, đổi tên">
        <AgencyLineage rows={data.lineage} name={agency.name} />
      </Card>
      <Card title="Tham gia khối thi đua">
        <AgencyMemberships rows={data.memberships} />
      </Card>
      <Card title="Sửa thông tin">
        <p className="mb-3 text-sm text-stone-600">
          Dùng để sửa sai sót. Khi cơ quan thực sự đổi tên, hãy ghi nhận đổi tên bên dưới để các năm trước giữ tên cũ.
        </p>
        <AgencyForm
          action={updateAgencyAction}
          initial={{
            agencyId: agency.id,
            code: agency.code,
            name: agency.name,
            shortName: agency.shortName,
            type: agency.type,
            establishedOn: agency.establishedOn ?? "",
            noPartyOrganisation: !agency.hasPartyOrganisation,
            noMassOrganisations: !agency.hasMassOrganisations,
          }}
          submitText="Lưu"
        />
      </Card>
      {agency.dissolvedOn ? (
        <Card title="Ghi nhận thay đổi">
          <p className="text-sm text-stone-500">Cơ quan đã giải thể, sáp nhập hoặc đổi tên từ {formatDay(agency.dissolvedOn)}: không ghi nhận thêm thay đổi.</p>
        </Card>
      ) : (
        <Card title="Ghi nhận hợp nhất, chia tách, đổi tên, giải thể">
          <p className="mb-3 text-sm text-stone-600">
            Trong các khối có cơ quan này, cơ quan cũ thôi là thành viên từ ngày trước ngày hiệu lực và cơ quan kế thừa tham gia từ ngày hiệu lực.
          </p>
          <div className="space-y-3">
            <details className="rounded border border-stone-200 p-3">
              <summary className="cursor-pointer font-medium">Hợp nhất, sáp nhập</summary>
              <div className="mt-3">
                {partners.length > 0 ? (
                  <RegisterMergerForm action={recordRegisterChangeAction} agency={self} partners={partners} />
                ) : (
                  <p className="text-sm text-stone-500">Danh sách chưa có cơ quan nào khác để hợp nhất.</p>
                )}
              </div>
            </details>
            <details className="rounded border border-stone-200 p-3">
              <summary className="cursor-pointer font-medium">Chia tách</summary>
              <div className="mt-3">
                <RegisterSplitForm action={recordRegisterChangeAction} agency={self} partners={partners} />
              </div>
            </details>
            <details className="rounded border border-stone-200 p-3">
              <summary className="cursor-pointer font-medium">Đổi tên</summary>
              <div className="mt-3">
                <RegisterRenameForm action={recordRegisterChangeAction} agency={self} />
              </div>
            </details>
            <details className="rounded border border-stone-200 p-3">
              <summary className="cursor-pointer font-medium">Giải thể</summary>
              <div className="mt-3">
                <RegisterDissolutionForm action={recordRegisterChangeAction} agency={self} />
              </div>
            </details>
          </div>
        </Card>
      )}
    </div>
  );
}
