import type { Metadata } from "next";
import Link from "next/link";
import { EditPersonForm } from "@/components/people/edit-person-form";
import { MergePeopleForm } from "@/components/people/merge-people-form";
import { PersonHistory } from "@/components/people/person-history";
import { Card, EmptyState } from "@/components/ui/card";
import { findAgencyPeople } from "@/lib/server/people/find-agency-people";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear } from "../../../load";
import { editPersonAction, mergePeopleAction } from "../actions";

export const metadata: Metadata = { title: "Lịch sử khen thưởng cá nhân" };

type Params = Promise<{ bloc: string; year: string; agency: string }>;

/** One member agency's people with their titles and awards by year (imported, decided, proposed). */
export default async function AgencyPeoplePage({ params }: { params: Params }) {
  const { bloc, year, agency } = await params;
  const data = await loadBlocYear(bloc, year);
  const found = await readOr404(findAgencyPeople(data.bloc.id, data.year, decodeURIComponent(agency)), { forbidden: (message) => ({ refused: message }) });
  if ("refused" in found) {
    return (
      <Card title="Lịch sử khen thưởng cá nhân">
        <EmptyState>{found.refused}</EmptyState>
      </Card>
    );
  }
  const back = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/khen-thuong/ca-nhan`;
  const label = (p: (typeof found.people)[number]) =>
    [p.name, p.birthYear ? `sinh năm ${p.birthYear}` : null, p.periods.map((x) => x.agencyName).join(", ") || null].filter(Boolean).join(" — ");
  return (
    <div className="space-y-5">
      <Card
        title={`Lịch sử khen thưởng cá nhân — ${found.agency.name}`}
        actions={
          <Link href={back} className="text-sm text-brand-700 underline">
            Các cơ quan
          </Link>
        }
      >
        {found.people.length === 0 ? (
          <EmptyState>{found.agency.name} chưa có cá nhân nào được ghi nhận: nhập lịch sử các năm trước từ tệp hoặc đề nghị khen thưởng cá nhân.</EmptyState>
        ) : (
          <div className="space-y-4">
            {found.people.map((p) => (
              <div key={p.id} className="space-y-2">
                <PersonHistory person={p} />
                {found.editableAgencies.length > 0 && (
                  <details className="rounded border border-stone-200 p-2">
                    <summary className="cursor-pointer text-sm text-brand-700">Sửa thông tin {p.name}</summary>
                    <div className="mt-2">
                      <EditPersonForm person={p} blocId={data.bloc.id} year={data.year} agencies={found.editableAgencies} action={editPersonAction} />
                    </div>
                  </details>
                )}
              </div>
            ))}
          </div>
        )}
      </Card>
      {found.canMerge && found.people.length > 1 && (
        <Card title="Gộp hồ sơ cá nhân trùng">
          <p className="mb-3 text-sm text-stone-600">
            Khi một người có hai hồ sơ (ví dụ một hồ sơ nhập từ tệp và một hồ sơ tạo từ đề nghị khen thưởng), chọn hồ sơ được giữ: danh hiệu, nơi công tác, đề
            nghị, quyết định và điển hình của hồ sơ kia được chuyển sang.
          </p>
          <MergePeopleForm
            blocId={data.bloc.id}
            year={data.year}
            people={found.people.map((p) => ({ id: p.id, label: label(p) }))}
            action={mergePeopleAction}
          />
        </Card>
      )}
    </div>
  );
}
