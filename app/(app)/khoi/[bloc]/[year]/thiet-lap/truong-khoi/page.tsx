import type { Metadata } from "next";
import { OfficerHistory } from "@/components/setup/officer-history";
import { SetupNav } from "@/components/setup/setup-nav";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { findOfficerHistory } from "@/lib/server/setup/find-officer-history";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { TermForm } from "./_components/term-form";
import { YearTerms } from "./_components/year-terms";

export const metadata: Metadata = { title: "Trưởng khối, Phó khối" };

export default async function OfficersPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const user = await requireUser();
  const canManage = can(user, "bloc:manage", { blocId: data.bloc.id });
  const history = await findOfficerHistory(data.bloc.id);
  const [first, last] = [`${data.year}-01-01`, `${data.year}-12-31`];
  // Oldest first within the year; the head before the deputy when they start together.
  const yearTerms = history
    .filter((t) => t.startsOn <= last && t.endsOn >= first)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || (a.role === b.role ? 0 : a.role === "HEAD" ? -1 : 1));
  const members = data.members.map((m) => ({ id: m.agencyId, name: m.name }));

  return (
    <div className="space-y-5">
      <SetupNav base={`/khoi/${data.bloc.code}/${data.year}/thiet-lap`} current="truong-khoi" />
      <Card title={`Trưởng khối, Phó khối năm ${data.year}`}>
        <YearTerms terms={yearTerms} year={data.year} blocId={data.bloc.id} members={members} canManage={canManage} />
        {!canManage && <p className="mt-3 text-sm text-stone-500">Chỉ Thư ký khối và Trưởng khối ghi nhận được nhiệm kỳ.</p>}
      </Card>
      {canManage && (
        <Card title="Ghi nhận nhiệm kỳ mới">
          {members.length === 0 ? (
            <p className="text-sm text-stone-500">Hãy nhập danh sách cơ quan thành viên năm {data.year} trước khi ghi nhận Trưởng khối, Phó khối.</p>
          ) : (
            <TermForm
              blocId={data.bloc.id}
              year={data.year}
              members={members}
              initial={{ role: "HEAD", agencyId: "", personName: null, startsOn: first, endsOn: last, method: "ELECTED", decisionRef: null, handoverOn: null }}
              submitText="Ghi nhận nhiệm kỳ"
            />
          )}
        </Card>
      )}
      <Card title="Trưởng khối, Phó khối qua các năm">
        <OfficerHistory terms={history} />
      </Card>
    </div>
  );
}
