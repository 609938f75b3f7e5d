/** The five dimensions a script's brand consistency is scored on. */
export const BRAND_DIMENSIONS = ["tone", "vocabulary", "humility", "audience", "structure"] as const;

export type BrandDimension = (typeof BRAND_DIMENSIONS)[number];
