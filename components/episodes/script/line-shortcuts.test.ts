import { describe, expect, it } from "vitest";
import { actionForKey, isSaveKey } from "./line-shortcuts";

const press = (
  key: string,
  mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe("actionForKey", () => {
  it("maps the listed shortcuts, with Ctrl or ⌘", () => {
    expect(actionForKey(press("ArrowUp", { altKey: true }))).toBe("up");
    expect(actionForKey(press("ArrowDown", { altKey: true }))).toBe("down");
    expect(actionForKey(press("Enter", { ctrlKey: true }))).toBe("add");
    expect(actionForKey(press("Enter", { metaKey: true }))).toBe("add");
    expect(actionForKey(press("d", { ctrlKey: true }))).toBe("duplicate");
    expect(actionForKey(press("Backspace", { metaKey: true, shiftKey: true }))).toBe("delete");
    expect(isSaveKey(press("s", { ctrlKey: true }))).toBe(true);
  });

  it("leaves typing alone: plain keys, Enter, Backspace and arrows without Alt", () => {
    for (const key of ["d", "Enter", "Backspace", "ArrowUp", "ArrowDown"]) expect(actionForKey(press(key))).toBeNull();
    expect(actionForKey(press("Backspace", { ctrlKey: true }))).toBeNull();
    expect(actionForKey(press("ArrowUp", { altKey: true, shiftKey: true }))).toBeNull();
    expect(isSaveKey(press("s"))).toBe(false);
  });
});
