// The yardstick of `npm run bench:pages` (docs/benchmarks/pages.md): what the repo's own Next
// costs for a server-rendered page with no data, no session and no styles. Rendered on every
// request, like the app's pages.
export const dynamic = "force-dynamic";

const ITEMS = Array.from({ length: 20 }, (_, i) => `Mục ${i + 1}`);

export default function BarePage() {
  return (
    <main>
      <h1>Trang trần</h1>
      <p>Dựng lúc {new Date().toISOString()}</p>
      <ul>
        {ITEMS.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </main>
  );
}
