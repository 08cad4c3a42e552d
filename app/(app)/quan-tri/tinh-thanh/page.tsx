import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddProvinceForm } from "@/components/provinces/add-province-form";
import { MergeProvincesForm } from "@/components/provinces/merge-provinces-form";
import { ProvinceTable } from "@/components/provinces/province-table";
import { Card } from "@/components/ui/card";
import { canSomewhere } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { findProvinceList } from "@/lib/server/provinces/find-province-list";
import { addProvinceAction, mergeProvincesAction, renameProvinceAction } from "./actions";

export const metadata: Metadata = { title: "Tỉnh, thành phố" };

/** System administrators keep the list of provinces: add, rename, merge (docs/decisions/0011). */
export default async function ProvincesPage() {
  const user = await requireUser();
  if (!canSomewhere(user, "province:manage")) notFound();
  const provinces = await findProvinceList();
  const current = provinces.filter((p) => p.mergedIntoId === null);
  return (
    <div className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold">Tỉnh, thành phố</h2>
        <p className="mt-1 text-sm text-stone-600">
          Tỉnh đã hợp nhất vẫn được giữ cùng các khối, cơ quan và lịch sử của mình; mỗi năm thi đua hiển thị tên tỉnh của năm đó.
        </p>
      </div>
      <Card title={`Danh sách (${current.length} hiện hành, ${provinces.length - current.length} đã hợp nhất)`}>
        <ProvinceTable rows={provinces} renameAction={renameProvinceAction} />
      </Card>
      <Card title="Thêm tỉnh, thành phố">
        <AddProvinceForm action={addProvinceAction} />
      </Card>
      <Card title="Hợp nhất tỉnh, thành phố">
        <MergeProvincesForm action={mergeProvincesAction} provinces={current.map((p) => ({ id: p.id, name: p.name }))} />
      </Card>
    </div>
  );
}
