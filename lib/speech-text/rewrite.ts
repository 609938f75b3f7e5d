export interface SpeechChange {
  from: string;
  to: string;
  rule: string;
}

/**
 * Replaces every match of a global pattern with what `replace` returns (null keeps the match), and records each
 * replacement that changed something, so the UI can show what was rewritten and why.
 */
export function rewrite(
  text: string,
  pattern: RegExp,
  rule: string,
  changes: SpeechChange[],
  replace: (match: RegExpExecArray) => string | null,
): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const to = replace(m as RegExpExecArray);
    if (to === null || to === m[0]) continue;
    out += text.slice(last, m.index) + to;
    last = m.index + m[0].length;
    changes.push({ from: m[0], to, rule });
  }
  return out + text.slice(last);
}
