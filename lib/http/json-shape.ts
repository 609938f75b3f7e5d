/**
 * A cheap look at raw JSON before anything parses it. JSON.parse builds every value at once: in the web server's
 * 192 MB heap, 4 MB of `[[[[…` or of `[{},{},…]` takes tens of MB or all of it, so a body that nests deeper, or holds
 * more values, than any form sends is refused from its bytes alone (one pass, nothing allocated).
 */

/** Deeper than any form or schema nests (lib/domain/bounded-input.ts refuses past 16 after parsing). */
export const MAX_JSON_DEPTH = 64;
/** Values (roughly: containers and commas) past what any form sends; a script at its 2,000-line cap holds ~6,000. */
export const MAX_JSON_VALUES = 100_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }
const COMMA = 0x2c;

/** Why `bytes` is not JSON this server will parse (too deep, too many values, unbalanced), or null when it may be. */
export function jsonShapeProblem(
  bytes: Uint8Array,
  maxDepth = MAX_JSON_DEPTH,
  maxValues = MAX_JSON_VALUES,
): string | null {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) {
      inString = true;
    } else if (OPEN.has(b)) {
      if (++depth > maxDepth) return `Values nest at most ${maxDepth} levels deep.`;
      if (++values > maxValues) return `A request holds at most ${maxValues.toLocaleString("en")} values.`;
    } else if (CLOSE.has(b)) {
      if (--depth < 0) return "The brackets do not match.";
    } else if (b === COMMA && ++values > maxValues) {
      return `A request holds at most ${maxValues.toLocaleString("en")} values.`;
    }
  }
  return depth === 0 && !inString ? null : "The JSON ends early.";
}

/** The first byte that is not JSON whitespace, or undefined for an empty body. */
export function firstJsonByte(bytes: Uint8Array): number | undefined {
  return bytes.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
}
