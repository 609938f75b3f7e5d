import { describe, expect, it } from "vitest";
import { withoutIds } from "./without-ids";

const ID = "cmx72h18t0000abcd1234efgh";

describe("withoutIds", () => {
  it("speaks of the source where the model named it by id", () => {
    expect(withoutIds(`Its quote is not in source ${ID}.`, [ID])).toBe("Its quote is not in the source.");
    expect(withoutIds(`The source ${ID} says 20 percent`, [ID])).toBe("The source says 20 percent");
    expect(withoutIds(`Stated in ${ID}, contradicted by ${ID}.`, [ID])).toBe(
      "Stated in the source, contradicted by the source.",
    );
  });

  it("leaves text without those ids as it was", () => {
    expect(withoutIds("The quoted passage states it.", [ID])).toBe("The quoted passage states it.");
    expect(withoutIds(`source ${ID}`, [])).toBe(`source ${ID}`);
  });

  it("names the source by its title where the title is known", () => {
    const titles = { [ID]: "Sleep study 2019" };
    expect(withoutIds(`Its quote is not in source ${ID}.`, [ID], titles)).toBe(
      "Its quote is not in “Sleep study 2019”.",
    );
    expect(withoutIds(`The source ${ID} says 20 percent`, [ID], titles)).toBe("“Sleep study 2019” says 20 percent");
    expect(withoutIds(`Stated in ${ID}.`, [ID], { other: "Other" })).toBe("Stated in the source.");
  });
});
