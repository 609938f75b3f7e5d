/** Words that mark a sentence as a reported finding rather than background or opinion. */
export const FINDING_CUE =
  /\b(?:stud(?:y|ies)|trial|experiment|survey|meta-analysis|review|found|finds|showed|shows|measured|reported|according to|researchers|participants|data|evidence|linked|associated|compared|results?)\b/i;

/** Words that mark a caution or a limit: such points are said with a humility marker. */
export const CAUTION_CUE =
  /\b(?:caution(?:s|ed)?|warn(?:s|ed)?|small (?:sample|study|group)|only \d+|preliminary|early|not yet|unclear|unknown|limited|may not|might not|could not|replicat\w*|correlation|causal|uncertain\w*|generali[sz]e|caveat|however)\b/i;

/** A sentence that speaks for the writer, not the source. */
export const OPINION_CUE = /^(?:I|we)\b|\b(?:in my (?:opinion|view)|I think|we think|we believe|I believe)\b/i;

/** Opens with a word that points back to a previous sentence, so it does not stand alone as a claim. */
export const DANGLING_START =
  /^(?:this|that|these|those|it|they|he|she|his|her|their|its|such|here|there|the (?:rule|result|results|change|practice|move|decision|idea|effect|policy|same))\b/i;

/** Ordinal meta-talk: the script talking about its own parts ("the first finding", "the next one"). */
export const META_TALK =
  /\b(?:first|second|third|fourth|fifth|next|last|other|previous)\s+(?:finding|point|claim|item|one|source|fact|key point)s?\b/i;
