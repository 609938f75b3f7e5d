"use client";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What the server rendered into a select: its first `selected` option, else its first option. */
const defaultOption = (el: HTMLSelectElement) =>
  Array.from(el.options).find((o) => o.defaultSelected)?.value ?? el.options[0]?.value ?? "";

/** Sets the value as the browser holds it, past React's tracker (which React installs on the element itself). */
function setUntracked(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")!.set!.call(el, value);
}

/**
 * What the user typed, chose, ticked or picked before React was listening, as a function that hands it to React
 * as the change event React missed; null when the control still holds what React rendered. Values React renders
 * are the element's defaults, so any difference is the user's (or the browser's form restoration).
 */
function earlyInput(el: Control): (() => void) | null {
  if (el instanceof HTMLSelectElement) {
    const chosen = el.value;
    if (chosen === defaultOption(el)) return null;
    return () => {
      el.value = chosen;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    };
  }
  if (el instanceof HTMLInputElement && el.type === "file") {
    return el.files?.length ? () => el.dispatchEvent(new Event("change", { bubbles: true })) : null;
  }
  if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
    const checked = el.checked;
    if (checked === el.defaultChecked) return null;
    return () => {
      // React's tracker takes the opposite state, then a real click makes the user's change again.
      el.checked = !checked;
      el.click();
    };
  }
  const typed = el.value;
  if (typed === el.defaultValue) return null;
  const caret = [el.selectionStart, el.selectionEnd]; // null for types without a text selection (email, number)
  return () => {
    el.value = el.defaultValue; // React's tracker now holds the rendered value…
    setUntracked(el, typed); // …and the element the typed one, so the input event below is a change to React.
    if (caret[0] != null && caret[1] != null) el.setSelectionRange(caret[0], caret[1]);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  };
}

const pending: { el: Control; replay: () => void }[] = [];

/**
 * A ref callback that keeps what is typed into a form control before the page hydrates. React shows such a value
 * but does not have it in state, so a controlled field dropped it at its next render (the first letters of a word
 * typed while the scripts loaded) and a form submitted without it. React attaches the ref when it starts
 * listening to the element; the replays run just after that commit, one event at a time, so each handler sees
 * the state the previous one left (handlers of one render share its closure). An element rendered in the browser
 * has nothing to replay: nobody could type into it before it existed.
 */
export function keepEarlyInput(el: Control | null): void {
  const replay = el && earlyInput(el);
  if (!replay) return;
  if (pending.push({ el, replay }) > 1) return;
  queueMicrotask(() => {
    for (const next of pending.splice(0)) if (next.el.isConnected) next.replay();
  });
}
