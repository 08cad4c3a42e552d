import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlocForm } from "@/components/setup/bloc-form";
import { Card } from "@/components/ui/card";
import { canSomewhere } from "@/lib/domain/permissions";
import { councilScopeOf } from "@/lib/domain/roles";
import { requireUser } from "@/lib/server/auth/current-user";
import { findProvinces } from "@/lib/server/setup/find-provinces";
import { createBlocAction } from "./actions";

export const metadata: Metadata = { title: "Lập khối thi đua mới" };

/** Council staff ("bloc:create") set up a new bloc; anyone else is told the page does not exist. */
export default async function NewBlocPage() {
  const user = await requireUser();
  if (!canSomewhere(user, "bloc:create")) notFound();
  const provinces = await findProvinces();
  // Council staff of one province (not the central level) can only create blocs there: it is chosen for them.
  const scope = councilScopeOf(user);
  const ownProvince = scope && scope !== "all" && !scope.central && scope.provinceIds.length === 1 ? scope.provinceIds[0] : null;
  return (
    <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-1 text-xl font-bold">Lập khối, cụm thi đua mới</h1>
      <p className="mb-5 text-sm text-stone-600">
        Sau khi lập, khối có năm thi đua hiện tại để nhập danh sách cơ quan thành viên; bạn lập thêm các năm trước (lịch sử) hoặc năm tới ở trang các năm của
        khối. Bạn hoặc Thư ký khối, Trưởng khối được phân công tiếp tục thiết lập.
      </p>
      <Card title="Thông tin khối">
        <BlocForm
          action={createBlocAction}
          initial={{ code: "", name: "", kind: "KHOI", level: "PROVINCE", provinceId: ownProvince, organiser: "" }}
          provinces={provinces}
          submitText="Lập khối"
        />
      </Card>
    </main>
  );
}
