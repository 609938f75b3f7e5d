import { describe, expect, it } from "vitest";
import { withoutXmlInvalidChars } from "./xml-text";

describe("withoutXmlInvalidChars", () => {
  it("drops the controls a pasted text can carry and keeps tabs, line breaks and every other letter", () => {
    const pasted = "Tabs\there,\r\nlines\nand a vertical\u000Btab, a form\u000Cfeed, a bell\u0007, \uFFFE — café 🎙️";
    expect(withoutXmlInvalidChars(pasted)).toBe(
      "Tabs\there,\r\nlines\nand a verticaltab, a formfeed, a bell,  — café 🎙️",
    );
  });
});
