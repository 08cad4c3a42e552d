"use client";

import { useCallback, useState } from "react";
import { CriterionForm, type GroupChoice } from "@/components/criteria/criterion-form";
import { CriterionSummary, NodeIssues } from "@/components/criteria/criterion-summary";
import { DeleteCriterionForm } from "@/components/criteria/table-forms";
import type { CriterionNode } from "@/lib/domain/criteria-table";
import { deleteCriterionAction, saveCriterionAction } from "../actions";

/**
 * The table as a tree, each node with what validateTable says about it. The findings of the
 * last refused save are shown next to the nodes they name (not only under the form).
 */
export function CriteriaEditor({
  tableId,
  nodes,
  groups,
  storedIssues,
  editable,
  needsReason,
}: {
  tableId: string;
  nodes: readonly (CriterionNode & { depth: number })[];
  groups: readonly GroupChoice[];
  storedIssues: Record<string, string[]>;
  editable: boolean;
  needsReason: boolean;
}) {
  const [live, setLive] = useState<Record<string, string[]>>({});
  const onResult = useCallback((fieldErrors: Record<string, string[]> | undefined) => setLive(fieldErrors ?? {}), []);
  const issuesOf = (id: string) => [...new Set([...(storedIssues[id] ?? []), ...(live[`node:${id}`] ?? [])])];
  const tableIssues = [...new Set([...(storedIssues._table ?? []), ...(live._table ?? [])])];
  return (
    <div className="space-y-3">
      <NodeIssues messages={tableIssues} />
      {nodes.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 px-4 py-6 text-center text-sm text-stone-500">Bảng chưa có tiêu chí nào.</p>
      ) : (
        <ol className="divide-y divide-stone-100" aria-label="Cây tiêu chí">
          {nodes.map((n) => (
            <li key={n.id} className="py-2" style={{ paddingLeft: `${n.depth * 1.5}rem` }}>
              <CriterionSummary node={n} />
              <NodeIssues messages={issuesOf(n.id)} />
              {editable && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-brand-700">Sửa hoặc xóa {n.code}</summary>
                  <div className="mt-2 space-y-2">
                    <CriterionForm action={saveCriterionAction} tableId={tableId} node={n} groups={groups} needsReason={needsReason} onResult={onResult} />
                    <DeleteCriterionForm action={deleteCriterionAction} tableId={tableId} criterionId={n.id} code={n.code} needsReason={needsReason} />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <details className="rounded border border-stone-200 p-3" open={nodes.length === 0}>
          <summary className="cursor-pointer text-sm font-semibold">Thêm tiêu chí</summary>
          <div className="mt-2">
            <CriterionForm action={saveCriterionAction} tableId={tableId} groups={groups} needsReason={needsReason} onResult={onResult} />
          </div>
        </details>
      )}
    </div>
  );
}
