"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { updateThenFocus } from "@/components/ui/update-then-focus";
import { errorAt } from "./form-errors";

export interface LexiconRow {
  term: string;
  say: string;
}

/** The pronunciation lexicon as an editable table: a term and how the voices should say it, one row each. */
export function LexiconEditor({
  rows,
  onChange,
  errors,
}: {
  rows: LexiconRow[];
  onChange: (rows: LexiconRow[]) => void;
  errors?: unknown;
}) {
  const set = (i: number, patch: Partial<LexiconRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => updateThenFocus(() => onChange([...rows, { term: "", say: "" }]), `lexicon-${rows.length}-term`);
  const remove = (i: number) =>
    updateThenFocus(
      () => onChange(rows.filter((_, j) => j !== i)),
      rows.length === 1 ? "lexicon-add" : `lexicon-${Math.min(i, rows.length - 2)}-term`,
    );
  const listError = errorAt(errors, []);

  return (
    <fieldset className="space-y-2" data-testid="lexicon-editor" aria-describedby="lexicon-hint">
      <legend className="text-sm font-medium text-slate-800">Pronunciation lexicon</legend>
      <p id="lexicon-hint" className="text-xs text-slate-500">
        How the voices should say names, acronyms and jargon, e.g. SQL → “sequel”. Blank rows are ignored.
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">No entries yet.</p>
      ) : (
        <DataTable
          variant="plain"
          columns={[{ label: "Term" }, { label: "Say it as" }, { label: "Remove", srOnly: true }]}
        >
          {rows.map((row, i) => {
            const termError = errorAt(errors, [i, "term"]);
            const sayError = errorAt(errors, [i, "say"]);
            return (
              <tr key={i} className="align-top" data-testid="lexicon-row">
                <td className="py-1 pr-2">
                  <Input
                    id={`lexicon-${i}-term`}
                    aria-label={`Term ${i + 1}`}
                    value={row.term}
                    aria-invalid={Boolean(termError)}
                    aria-describedby={termError ? `lexicon-${i}-term-error` : undefined}
                    onChange={(e) => set(i, { term: e.target.value })}
                  />
                  {termError && (
                    <p id={`lexicon-${i}-term-error`} className="mt-1 text-xs text-red-700">
                      {termError}
                    </p>
                  )}
                </td>
                <td className="py-1 pr-2">
                  <Input
                    id={`lexicon-${i}-say`}
                    aria-label={`Say term ${i + 1} as`}
                    value={row.say}
                    aria-invalid={Boolean(sayError)}
                    aria-describedby={sayError ? `lexicon-${i}-say-error` : undefined}
                    onChange={(e) => set(i, { say: e.target.value })}
                  />
                  {sayError && (
                    <p id={`lexicon-${i}-say-error`} className="mt-1 text-xs text-red-700">
                      {sayError}
                    </p>
                  )}
                </td>
                <td className="w-10 py-1">
                  <Button type="button" variant="ghost" aria-label={`Remove term ${i + 1}`} onClick={() => remove(i)}>
                    <X className="size-4" aria-hidden />
                  </Button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {listError && <p className="text-xs text-red-700">{listError}</p>}
      <Button id="lexicon-add" type="button" variant="secondary" size="sm" onClick={add}>
        <Plus className="size-4" aria-hidden />
        Add term
      </Button>
    </fieldset>
  );
}
