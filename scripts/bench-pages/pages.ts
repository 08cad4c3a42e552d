/**
 * The key pages of `npm run bench:pages` (docs/benchmarks/pages.md) and who opens them. `as` is
 * an account's email, or null for a page opened signed out.
 */
import { BENCH_YEAR } from "../bench/generate";
import { BENCH_USERS } from "./national";

export interface PageSpec {
  label: string;
  path: string;
  as: string | null;
}

const demo = (name: string) => `${name}@thiduakhoi.vn`;

/** On the seeded demo data; `year` is the live year the seed places around today. */
export function demoPages(year: number): PageSpec[] {
  const qng = `/khoi/QNG-CQD/${year}`;
  const chair = demo("truongkhoi.quangngai");
  return [
    { label: "bloc dashboard (chair)", path: qng, as: chair },
    { label: "ranking, current year (chair)", path: `${qng}/cham-diem/ket-qua`, as: chair },
    { label: "verification list (chair)", path: `${qng}/cham-diem/tham-dinh`, as: chair },
    { label: "audit log (chair)", path: `${qng}/nhat-ky`, as: chair },
    { label: "Kon Tum 2023 ranking, cross-scoring (chair)", path: "/khoi/KT-CQD/2023/cham-diem/ket-qua", as: demo("truongkhoi.kontum") },
    { label: "Cần Thơ 2021 pledge (chair)", path: "/khoi/CT-CQD/2021/dang-ky/giao-uoc", as: demo("truongkhoi.cantho") },
    { label: "self-scoring sheet (agency leader)", path: `/khoi/CT-CQD/${year}/cham-diem/tu-cham/CT-BTC`, as: demo("lanhdao.btc.cantho") },
    { label: "sign-in page (signed out)", path: "/login", as: null },
  ];
}

/** On full-size blocs of the national data set (province 01: bloc 1 verifies, bloc 3 cross-scores). */
export function fullPages(): PageSpec[] {
  const k1 = `/khoi/BENCH-01-K1/${BENCH_YEAR}`;
  return [
    { label: "bloc dashboard (council staff, every bloc in the picker)", path: k1, as: BENCH_USERS.council },
    { label: "ranking, verification (chair)", path: `${k1}/cham-diem/ket-qua`, as: BENCH_USERS.chairVerification },
    { label: "ranking, cross-scoring (chair)", path: `/khoi/BENCH-01-K3/${BENCH_YEAR}/cham-diem/ket-qua`, as: BENCH_USERS.chairCross },
    { label: "60-criterion self-scoring sheet (agency leader)", path: `${k1}/cham-diem/tu-cham/BENCH-01-K1-A1`, as: BENCH_USERS.leader },
  ];
}
