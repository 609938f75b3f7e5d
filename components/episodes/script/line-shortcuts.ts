/** What a line's buttons and shortcuts do; the editor applies each to the line's place. */
export type LineAction = "up" | "down" | "add" | "duplicate" | "split" | "merge" | "delete";

type Keys = { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean };

/** The line action a key press asks for, if any (Ctrl or ⌘, so it works on a Mac too). */
export function actionForKey(e: Keys): LineAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey && !mod && !e.shiftKey && e.key === "ArrowUp") return "up";
  if (e.altKey && !mod && !e.shiftKey && e.key === "ArrowDown") return "down";
  if (mod && !e.altKey && !e.shiftKey && e.key === "Enter") return "add";
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "d") return "duplicate";
  if (mod && !e.altKey && e.shiftKey && e.key === "Backspace") return "delete";
  return null;
}

/** Ctrl/⌘+S saves the whole edit. */
export const isSaveKey = (e: Keys) => (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s";

/** The shortcuts as the editor's help text lists them. */
export const SHORTCUTS: [keys: string, does: string][] = [
  ["Alt+↑ / Alt+↓", "move the line up or down"],
  ["Ctrl/⌘+Enter", "add a line after"],
  ["Ctrl/⌘+D", "duplicate the line"],
  ["Ctrl/⌘+Shift+Backspace", "delete the line"],
  ["Ctrl/⌘+S", "save as a new version"],
];
