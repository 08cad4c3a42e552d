import type { Metadata } from "next";
import Link from "next/link";
import { CreateYearForm } from "@/components/blocs/create-year-form";
import { Card, EmptyState } from "@/components/ui/card";
import { PHASE_LABELS } from "@/lib/domain/cycle-phase";
import { getBlocYears } from "@/lib/server/blocs/get-bloc-years";
import { todayInVietnam } from "@/lib/server/clock";
import { readOr404 } from "@/lib/server/read-or-404";
import { createYearAction } from "./actions";

export const metadata: Metadata = { title: "Các năm thi đua của khối" };

/** A bloc's years: open one, or open a new one (history, or next year ahead of time). */
export default async function BlocYearsPage({ params }: { params: Promise<{ bloc: string }> }) {
  const { bloc: code } = await params;
  const data = await readOr404(getBlocYears(decodeURIComponent(code)));
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const missing = [thisYear, thisYear + 1, thisYear - 1].find((y) => !data.years.some((x) => x.year === y)) ?? thisYear - 1;
  return (
    <main id="noi-dung" className="mx-auto max-w-6xl space-y-5 px-4 py-6">
      <div>
        <p className="text-sm">
          <Link href="/khoi" className="text-brand-800 underline">
            ← Các khối thi đua
          </Link>
        </p>
        <h1 className="mt-2 text-xl font-bold">{data.bloc.name}</h1>
        <p className="text-sm text-stone-600">
          {data.bloc.province ?? "Cấp Trung ương"} · mã {data.bloc.code}
        </p>
      </div>
      <Card title="Các năm thi đua">
        {data.years.length === 0 ? (
          <EmptyState>Khối chưa có năm thi đua nào.{data.canCreateYear ? " Lập năm đầu tiên ở dưới." : ""}</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100">
            {data.years.map((y) => (
              <li key={y.year} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/khoi/${data.bloc.code}/${y.year}`} className="font-medium text-brand-800 underline">
                  Năm {y.year}
                  {y.year === data.currentYear ? " (hiện tại)" : ""}
                </Link>
                <span className="text-sm text-stone-600">
                  {y.members} cơ quan thành viên ·{" "}
                  {!y.hasPhases
                    ? "chưa đặt lịch"
                    : y.open.length > 0
                      ? `đang mở: ${y.open.map((k) => PHASE_LABELS[k]).join(", ")}`
                      : y.isFinished
                        ? "đã kết thúc"
                        : "chưa đến giai đoạn nào"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {data.canCreateYear && (
        <Card title="Lập năm thi đua">
          <p className="mb-3 text-sm text-stone-600">
            Chín giai đoạn được điền sẵn theo lịch mặc định; sau đó điều chỉnh lịch, nhập cơ quan thành viên (hoặc sao chép từ năm trước) và Trưởng khối, Phó
            khối.
          </p>
          <CreateYearForm blocId={data.bloc.id} suggested={missing} maxYear={thisYear + 1} action={createYearAction} />
        </Card>
      )}
    </main>
  );
}
