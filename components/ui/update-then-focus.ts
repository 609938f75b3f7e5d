import { flushSync } from "react-dom";

/**
 * Renders a state update at once and moves focus into what it rendered, inside the same click or key press. A
 * focus deferred to the next frame lets the keys typed in between fall on the button that was pressed, so a slow
 * machine lost the first letter typed into a new row.
 */
export function updateThenFocus(update: () => void, id: string): void {
  flushSync(update);
  document.getElementById(id)?.focus();
}
