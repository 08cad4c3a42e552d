import type { Metadata } from "next";
import { BlocForm } from "@/components/setup/bloc-form";
import { BlocInfo } from "@/components/setup/bloc-info";
import { SetupNav } from "@/components/setup/setup-nav";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { findProvinces } from "@/lib/server/setup/find-provinces";
import { getBlocSettings } from "@/lib/server/setup/get-bloc-settings";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { updateBlocAction } from "./actions";

export const metadata: Metadata = { title: "Thông tin khối" };

export default async function BlocSettingsPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const user = await requireUser();
  const canManage = can(user, "bloc:manage", { blocId: data.bloc.id });
  const settings = await getBlocSettings(data.bloc.id);
  const provinces = canManage ? await findProvinces(settings.provinceId) : [];

  return (
    <div className="space-y-5">
      <SetupNav base={`/khoi/${data.bloc.code}/${data.year}/thiet-lap`} current="khoi" />
      <Card title="Thông tin khối">
        {canManage ? (
          <BlocForm action={updateBlocAction} initial={{ ...settings, blocId: settings.id }} provinces={provinces} submitText="Lưu thông tin khối" />
        ) : (
          <>
            <BlocInfo bloc={data.bloc} />
            <p className="mt-4 text-sm text-stone-500">Chỉ Thư ký khối, Trưởng khối và cán bộ Hội đồng Thi đua – Khen thưởng sửa được thông tin khối.</p>
          </>
        )}
      </Card>
    </div>
  );
}
