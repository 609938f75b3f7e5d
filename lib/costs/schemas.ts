import { z } from "zod";

const slug = (what: string) => z.string().trim().min(1, `Enter the ${what}.`).max(100).regex(/^[a-z0-9._:-]+$/i, `The ${what} has letters, digits, dots, dashes and colons only.`);

export const setPriceSchema = z.object({
  provider: slug("provider"),
  model: slug("model"),
  unit: z.enum(["input_token", "output_token", "character", "minute", "request"], { message: "Choose a unit." }),
  unitPrice: z
    .string()
    .trim()
    .regex(/^\d+(\.\d{1,10})?$/, "A price in USD per unit, e.g. 0.000003 (up to 10 decimals)."),
});
export type SetPriceInput = z.infer<typeof setPriceSchema>;
