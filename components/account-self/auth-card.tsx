/** The centred card of the pages outside the signed-in shell (sign-in, password pages). */
export function AuthCard({ title, children, wide = false }: { title: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <main id="noi-dung" className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className={`w-full ${wide ? "max-w-md" : "max-w-sm"} rounded-lg border border-stone-200 bg-white p-8 shadow-sm`}>
        <p className="text-center text-xs font-semibold uppercase tracking-wide text-brand-700">Phần mềm thi đua khối</p>
        <h1 className="mt-1 text-center text-2xl font-bold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
