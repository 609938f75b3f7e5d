/** next-safe-action's formatted validation errors: nested objects/arrays with `_errors` at each level. */
export type FormattedErrors = { _errors?: string[] } & { [key: string]: FormattedErrors | string[] | undefined };

/** The first message at a path of the formatted errors, e.g. errorAt(errors, ["hosts", 0, "name"]). */
export function errorAt(errors: unknown, path: (string | number)[]): string | undefined {
  let node = errors as FormattedErrors | undefined;
  for (const key of path) {
    node = node?.[String(key)] as FormattedErrors | undefined;
    if (!node) return undefined;
  }
  return node?._errors?.[0];
}
