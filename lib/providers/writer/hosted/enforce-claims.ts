import type { ExtractClaimsInput, ExtractClaimsOutput } from "../schemas";
import { locateQuote } from "../invariants/locate-quote";

/**
 * A model's claims, kept only when the quote is verbatim in a passage of the cited source (a paraphrased or invented
 * quote is dropped), with offsets recomputed from where the quote really is: models cannot count characters.
 * Duplicates and claims beyond `maxClaims` go too.
 */
export function enforceClaims(answer: ExtractClaimsOutput, input: ExtractClaimsInput): ExtractClaimsOutput {
  const seen = new Set<string>();
  const claims: ExtractClaimsOutput["claims"] = [];
  for (const claim of answer.claims) {
    const text = claim.text.trim();
    const at = locateQuote(claim.quote, claim.sourceId, input.passages);
    const key = `${claim.sourceId}:${at?.start}:${text}`;
    if (!text || !at || seen.has(key)) continue;
    seen.add(key);
    claims.push({ text, sourceId: claim.sourceId, quote: claim.quote, quoteStart: at.start, quoteEnd: at.end });
    if (claims.length === input.maxClaims) break;
  }
  return { claims };
}
