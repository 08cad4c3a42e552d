import type { Metadata } from "next";
import { LineageTable } from "@/components/setup/lineage-table";
import { SetupNav } from "@/components/setup/setup-nav";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { findAgencyChoices } from "@/lib/server/setup/find-agency-choices";
import { findAgencyLineage } from "@/lib/server/setup/find-agency-lineage";
import { findMemberships } from "@/lib/server/setup/find-memberships";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { AddMemberForm } from "./_components/add-member-form";
import { CopyMembersForm } from "./_components/copy-members-form";
import { MemberTable } from "./_components/member-table";
import { MergerForm } from "./_components/merger-form";
import { RenameForm } from "./_components/rename-form";
import { SplitForm } from "./_components/split-form";

export const metadata: Metadata = { title: "Cơ quan thành viên" };

export default async function MembersPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const user = await requireUser();
  const canManage = can(user, "bloc:manage", { blocId: data.bloc.id });
  const [memberships, lineage, choices] = await Promise.all([
    findMemberships(data.bloc.id, data.year),
    findAgencyLineage(data.bloc.id, data.year),
    canManage ? findAgencyChoices(data.bloc.id, data.year) : [],
  ]);
  const memberIds = new Set(memberships.rows.map((m) => m.agencyId));
  const current = memberships.rows.filter((m) => !m.dissolvedOn).map((m) => ({ id: m.agencyId, name: m.name }));
  const ids = { blocId: data.bloc.id, year: data.year };

  return (
    <div className="space-y-5">
      <SetupNav base={`/khoi/${data.bloc.code}/${data.year}/thiet-lap`} current="thanh-vien" />
      <Card title={`Cơ quan thành viên năm ${data.year} (${memberships.rows.length})`}>
        <MemberTable rows={memberships.rows} year={data.year} canManage={canManage} />
        {!canManage && <p className="mt-3 text-sm text-stone-500">Chỉ Thư ký khối và Trưởng khối thay đổi được danh sách thành viên.</p>}
      </Card>

      {canManage && (
        <>
          <Card title="Thêm cơ quan thành viên">
            <AddMemberForm {...ids} choices={choices.filter((c) => !memberIds.has(c.id))} />
          </Card>
          <Card title="Sao chép danh sách thành viên">
            <div className="space-y-4 text-sm">
              {memberships.previousYearCount > 0 ? (
                <CopyMembersForm blocId={data.bloc.id} blocCode={data.bloc.code} targetYear={data.year} open={false}>
                  Sao chép {memberships.previousYearCount} cơ quan của năm {data.year - 1} vào năm {data.year}
                </CopyMembersForm>
              ) : (
                <p className="text-stone-500">Năm {data.year - 1} chưa có danh sách thành viên để sao chép.</p>
              )}
              {memberships.rows.length > 0 && (
                <CopyMembersForm blocId={data.bloc.id} blocCode={data.bloc.code} targetYear={data.year + 1} open>
                  {memberships.nextYearCount > 0
                    ? `Bổ sung danh sách năm ${data.year + 1} từ năm ${data.year}`
                    : `Lập danh sách năm ${data.year + 1} từ năm ${data.year}`}
                </CopyMembersForm>
              )}
              <p className="text-stone-500">Chỉ sao chép cơ quan còn là thành viên đến 31/12 và còn tồn tại; cơ quan đã có trong danh sách được giữ nguyên.</p>
            </div>
          </Card>
          <Card title="Ghi nhận hợp nhất, chia tách, đổi tên">
            <p className="mb-3 text-sm text-stone-600">
              Cơ quan cũ thôi là thành viên từ ngày trước ngày hiệu lực và được giữ lại trong lịch sử; cơ quan kế thừa tham gia khối từ ngày hiệu lực.
            </p>
            <div className="space-y-3">
              <details className="rounded border border-stone-200 p-3">
                <summary className="cursor-pointer font-medium">Hợp nhất, sáp nhập</summary>
                <div className="mt-3">
                  <MergerForm {...ids} members={current} choices={choices} />
                </div>
              </details>
              <details className="rounded border border-stone-200 p-3">
                <summary className="cursor-pointer font-medium">Chia tách</summary>
                <div className="mt-3">
                  <SplitForm {...ids} members={current} choices={choices} />
                </div>
              </details>
              <details className="rounded border border-stone-200 p-3">
                <summary className="cursor-pointer font-medium">Đổi tên</summary>
                <div className="mt-3">
                  <RenameForm {...ids} members={current} />
                </div>
              </details>
            </div>
          </Card>
        </>
      )}

      <Card title="Sắp xếp, hợp nhất, đổi tên cơ quan">
        <LineageTable rows={lineage} year={data.year} />
      </Card>
    </div>
  );
}
