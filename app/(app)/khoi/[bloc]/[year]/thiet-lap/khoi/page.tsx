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
import { BlocRoleForm } from "@/components/setup/bloc-role-form";
import { BlocRoleHolders } from "@/components/setup/bloc-role-holders";
import { findBlocRoleHolders } from "@/lib/server/setup/find-bloc-role-holders";
import { assignBlocRoleAction, updateBlocAction } from "./actions";

export const metadata: Metadata = { title: "Thông tin khối" };

export default async function BlocSettingsPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const user = await requireUser();
  const canManage = can(user, "bloc:manage", { blocId: data.bloc.id });
  const settings = await getBlocSettings(data.bloc.id);
  const [provinces, roles] = await Promise.all([canManage ? findProvinces(settings.provinceId) : [], findBlocRoleHolders(data.bloc.id, data.year)]);

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
      <Card title="Thư ký khối, Trưởng khối và người theo dõi">
        <BlocRoleHolders holders={roles.holders} linkAccounts={roles.canAssign} />
        {roles.canAssign ? (
          <div className="mt-5 border-t border-stone-200 pt-4">
            <h3 className="mb-3 text-sm font-semibold">Giao vai trò</h3>
            <BlocRoleForm blocId={data.bloc.id} accounts={roles.accounts} members={roles.members} action={assignBlocRoleAction} />
            <p className="mt-3 text-xs text-stone-500">Thu hồi vai trò ở trang tài khoản (Quản trị → Tài khoản). Khối luôn phải có ít nhất một Trưởng khối.</p>
          </div>
        ) : (
          <p className="mt-3 text-sm text-stone-500">Cán bộ Hội đồng Thi đua – Khen thưởng giao các vai trò này.</p>
        )}
      </Card>
    </div>
  );
}
