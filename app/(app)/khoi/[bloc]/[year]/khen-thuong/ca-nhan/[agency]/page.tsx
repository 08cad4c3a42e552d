import type { Metadata } from "next";
import Link from "next/link";
import { EditPersonForm } from "@/components/people/edit-person-form";
import { PersonHistory } from "@/components/people/person-history";
import { Card, EmptyState } from "@/components/ui/card";
import { findAgencyPeople } from "@/lib/server/people/find-agency-people";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear } from "../../../load";
import { editPersonAction } from "../actions";

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
  return (
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
  );
}
