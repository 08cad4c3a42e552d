import type { Metadata } from "next";
import Link from "next/link";
import { ImportPeopleForm } from "@/components/people/import-people-form";
import { Card, EmptyState } from "@/components/ui/card";
import { ScrollTable } from "@/components/ui/scroll-table";
import { MAX_PERSON_ROWS, PERSON_COLUMNS } from "@/lib/domain/people/person-import";
import { findPeopleAgencies } from "@/lib/server/people/find-people-agencies";
import { PEOPLE_READERS_ONLY } from "@/lib/server/people/people-messages";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { importPeopleAction } from "./actions";

export const metadata: Metadata = { title: "Cá nhân và lịch sử khen thưởng" };

/** The member agencies whose people the user reads, and the import of past years for those they may import. */
export default async function PeoplePage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const { agencies, importable } = await findPeopleAgencies(data.bloc.id, data.year);
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}`;
  return (
    <div className="space-y-5">
      <Card title={`Cá nhân và lịch sử khen thưởng — năm ${data.year}`}>
        {agencies.length === 0 ? (
          <EmptyState>{PEOPLE_READERS_ONLY}</EmptyState>
        ) : (
          <ScrollTable caption="Các cơ quan thành viên và số cá nhân đã ghi nhận">
            <thead>
              <tr className="border-b border-stone-200 text-left text-stone-500">
                <th scope="col" className="py-2 pr-2 font-medium">
                  Cơ quan
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Số cá nhân
                </th>
                <th scope="col" className="py-2 font-medium">
                  Lịch sử
                </th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((a) => (
                <tr key={a.id} className="border-b border-stone-100 last:border-0">
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    {a.name}
                  </th>
                  <td className="py-2 pr-2">{a.people}</td>
                  <td className="py-2">
                    <Link href={`${base}/khen-thuong/ca-nhan/${encodeURIComponent(a.code)}`} className="text-brand-700 underline">
                      Xem lịch sử cá nhân của {a.name}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </Card>
      {importable.length > 0 && (
        <Card title="Nhập lịch sử các năm trước từ tệp .xlsx">
          <div className="mb-4 space-y-2 text-sm text-stone-700">
            <p>
              Tệp mẫu có các cột {PERSON_COLUMNS.map((c) => `“${c}”`).join(", ")}; trang “Hướng dẫn” liệt kê mã các danh hiệu, hình thức và các cơ quan bạn được
              nhập. Mỗi dòng là một danh hiệu của một người trong một năm, tối đa {MAX_PERSON_ROWS} dòng mỗi lần. Mọi dòng được kiểm tra trước; nếu có dòng sai,
              không dòng nào được ghi.
            </p>
            <p>
              <a
                href={`/api${base}/ca-nhan/mau-xlsx`}
                className="inline-block rounded border border-stone-300 bg-white px-4 py-2 font-semibold hover:bg-stone-100"
                download
              >
                Tải tệp mẫu (.xlsx)
              </a>
            </p>
          </div>
          <ImportPeopleForm action={importPeopleAction} blocId={data.bloc.id} year={data.year} />
        </Card>
      )}
    </div>
  );
}
