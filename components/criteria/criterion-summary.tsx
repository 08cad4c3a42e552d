import type { CriterionNode } from "@/lib/domain/criteria-table";
import { CRITERION_TYPE_LABELS } from "@/lib/domain/labels";
import { formatNumber } from "@/lib/format";

/** What one node of the table says: type, points and the rules that apply to it. */
export function CriterionSummary({ node }: { node: CriterionNode }) {
  const facts: string[] = [CRITERION_TYPE_LABELS[node.type] ?? node.type, `tối đa ${formatNumber(node.maxPoints)} điểm`];
  if (node.minPoints !== 0) facts.push(`tối thiểu ${formatNumber(node.minPoints)}`);
  if (node.evidenceRequired) facts.push("yêu cầu minh chứng");
  if (node.floorPct !== null) facts.push(`ngưỡng ${formatNumber(node.floorPct)}% điểm tối đa`);
  if (node.allowNA) facts.push("cho phép “không áp dụng”");
  if (node.useLeaderFormula) facts.push("tính theo đơn vị dẫn đầu");
  if (node.pointsPerUnit !== null) facts.push(`${formatNumber(node.pointsPerUnit)} điểm mỗi lần`);
  if (node.cap !== null) facts.push(`trần ${formatNumber(node.cap)} điểm`);
  return (
    <div className="text-sm">
      <p>
        <span className="font-semibold">{node.code}.</span> {node.name}
      </p>
      <p className="text-xs text-stone-600">{facts.join(" · ")}</p>
      {node.guidance && <p className="mt-1 whitespace-pre-line text-xs text-stone-600">Hướng dẫn: {node.guidance}</p>}
      {node.levels.length > 0 && (
        <table className="mt-2 w-full text-xs">
          <caption className="sr-only">Các mức của tiêu chí {node.code}</caption>
          <thead>
            <tr className="text-left text-stone-500">
              <th scope="col" className="pr-3 font-medium">
                Mức
              </th>
              <th scope="col" className="pr-3 font-medium">
                Điểm
              </th>
              <th scope="col" className="font-medium">
                Mô tả
              </th>
            </tr>
          </thead>
          <tbody>
            {node.levels.map((l) => (
              <tr key={l.order}>
                <td className="pr-3">{l.label}</td>
                <td className="pr-3">{formatNumber(l.points)}</td>
                <td>{l.descriptor ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** validateTable's findings next to the node they name. */
export function NodeIssues({ messages, id }: { messages: readonly string[]; id?: string }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-xs text-red-700" role="list">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
