import { ScoringTabs } from "@/components/scoring/scoring-tabs";
import { loadBlocYear, type BlocYearParams } from "../load";

export default async function ScoringLayout({ children, params }: { children: React.ReactNode; params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  return (
    <>
      <ScoringTabs base={`/khoi/${data.bloc.code}/${data.year}/cham-diem`} scoringMode={data.cycle?.scoringMode ?? null} />
      {children}
    </>
  );
}
