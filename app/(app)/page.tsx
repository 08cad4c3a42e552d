import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { councilScopeOf } from "@/lib/domain/roles";
import { requireUser } from "@/lib/server/auth/current-user";
import { findBlocOverview, landingBloc } from "@/lib/server/blocs/find-bloc-overview";

/**
 * Home: where each role's work is. Council staff and system administrators
 * get the list of their blocs with each one's phase; bloc and agency roles go
 * straight to their bloc's current year (never a finished year when a current
 * one exists).
 */
export default async function Home() {
  const user = await requireUser();
  if (councilScopeOf(user) !== null) redirect("/khoi");
  const target = landingBloc(await findBlocOverview(user));
  if (target) redirect(`/khoi/${target.code}/${target.currentYear}`);
  return (
    <main id="noi-dung" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-4 text-xl font-bold">Chào {user.name}</h1>
      <EmptyState>
        Tài khoản của bạn chưa được phân công vào khối thi đua nào. Vui lòng liên hệ thư ký khối hoặc cán bộ Hội đồng Thi đua – Khen thưởng.
      </EmptyState>
    </main>
  );
}
