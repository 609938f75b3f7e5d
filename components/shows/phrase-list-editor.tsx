"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { updateThenFocus } from "@/components/ui/update-then-focus";
import { errorAt } from "./form-errors";

/**
 * An editable list of short phrases: one input per row, "Add" appends a row and focuses it, Enter in a row adds
 * the next one, and removing a row moves focus to its neighbour, so the whole list works from the keyboard.
 */
export function PhraseListEditor({
  id,
  legend,
  itemLabel,
  hint,
  values,
  onChange,
  errors,
  placeholder,
}: {
  id: string;
  legend: string;
  itemLabel: string;
  hint?: string;
  values: string[];
  onChange: (values: string[]) => void;
  errors?: unknown;
  placeholder?: string;
}) {
  const listError = errorAt(errors, []);

  const add = (at = values.length) =>
    updateThenFocus(() => onChange([...values.slice(0, at), "", ...values.slice(at)]), `${id}-${at}`);
  // Focus moves to the row now in its place, or to the add button when the list is empty.
  const remove = (i: number) =>
    updateThenFocus(
      () => onChange(values.filter((_, j) => j !== i)),
      values.length === 1 ? `${id}-add` : `${id}-${Math.min(i, values.length - 2)}`,
    );

  return (
    <fieldset className="space-y-2" data-testid={`${id}-editor`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {values.length === 0 && <p className="text-sm text-slate-500">None yet.</p>}
      <ul className="space-y-2">
        {values.map((value, i) => {
          const error = errorAt(errors, [i]);
          const inputId = `${id}-${i}`;
          return (
            <li key={i}>
              <div className="flex gap-2">
                <Input
                  id={inputId}
                  aria-label={`${itemLabel} ${i + 1}`}
                  value={value}
                  placeholder={placeholder}
                  aria-invalid={Boolean(error)}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)))}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") {
                      e.preventDefault();
                      add(i + 1);
                    }
                  }}
                />
                <Button
                  type="button"
                  variant="ghost"
                  size="md"
                  aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`}
                  onClick={() => remove(i)}
                >
                  <X className="size-4" aria-hidden />
                </Button>
              </div>
              {error && (
                <p id={`${inputId}-error`} className="mt-1 text-xs text-red-700">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {listError && <p className="text-xs text-red-700">{listError}</p>}
      <Button id={`${id}-add`} type="button" variant="secondary" size="sm" onClick={() => add()}>
        <Plus className="size-4" aria-hidden />
        Add {itemLabel.toLowerCase()}
      </Button>
    </fieldset>
  );
}
