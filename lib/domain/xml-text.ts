/**
 * Characters XML 1.0 forbids anywhere, even escaped (C0 controls but tab, newline and carriage return; U+FFFE and
 * U+FFFF). One of them, pasted into show notes or a title, makes a strict parser refuse the whole document.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The text without what XML 1.0 cannot carry. */
export const withoutXmlInvalidChars = (text: string): string => text.replace(XML_INVALID, "");
