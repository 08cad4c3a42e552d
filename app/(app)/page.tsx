import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/server/auth/current-user";
import { findAccessibleBlocs } from "@/lib/server/blocs/find-accessible-blocs";

/** Home: straight to the user's bloc and its latest year. */
export default async function Home() {
  const user = await requireUser();
  const blocs = await findAccessibleBlocs(user);
  const first = blocs.find((b) => b.years.length > 0);
  if (first) redirect(`/khoi/${first.code}/${first.years[0]}`);
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-4 text-xl font-bold">Chào {user.name}</h1>
      <EmptyState>Tài khoản của bạn chưa được phân công vào khối thi đua nào. Vui lòng liên hệ thư ký khối hoặc quản trị viên.</EmptyState>
    </main>
  );
}
