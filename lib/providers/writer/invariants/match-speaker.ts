/**
 * The allowed speaker a model meant: the exact name, the same name in other case, or a unique first-name match
 * ("Maya" for "Maya Chen"). Null when it names nobody allowed.
 */
export function matchSpeaker(name: string, allowed: readonly string[]): string | null {
  const wanted = name.trim().toLowerCase();
  const exact = allowed.find((a) => a.toLowerCase() === wanted);
  if (exact) return exact;
  const byFirst = allowed.filter((a) => a.toLowerCase().split(/\s+/)[0] === wanted.split(/\s+/)[0]);
  return byFirst.length === 1 ? byFirst[0]! : null;
}
