"use client";

import { useCallback, useMemo, useState } from "react";

const NONE: ReadonlySet<string> = new Set();

/**
 * The reported validation errors without those of the fields changed since: a field's message goes as soon as its
 * value changes, the others stay until the next submit. Undefined once no field or form error is left, so a form's
 * "some fields need attention" banner goes with the last one.
 */
export function withoutChangedFields<E extends object>(errors: E | undefined, changed: ReadonlySet<string>) {
  if (!errors || changed.size === 0) return errors;
  const kept = Object.fromEntries(Object.entries(errors).filter(([key]) => !changed.has(key)));
  const formErrors = (kept as { _errors?: unknown[] })._errors;
  const left = Object.keys(kept).some((key) => key !== "_errors") || (formErrors?.length ?? 0) > 0;
  return left ? (kept as E) : undefined;
}

/**
 * A form's field errors, each cleared when its field changes (`clear(name)` from the field's onChange). A new report
 * (a new submit) shows every field's errors again.
 */
export function useFieldErrors<E extends object>(reported: E | undefined) {
  const [changed, setChanged] = useState<{ report: E | undefined; fields: ReadonlySet<string> }>({
    report: reported,
    fields: NONE,
  });
  const fields = changed.report === reported ? changed.fields : NONE;
  const errors = useMemo(() => withoutChangedFields(reported, fields), [reported, fields]);
  const clear = useCallback(
    (field: string) =>
      setChanged((c) => {
        const current = c.report === reported ? c.fields : NONE;
        return current.has(field) ? c : { report: reported, fields: new Set([...current, field]) };
      }),
    [reported],
  );
  return { errors, clear };
}
