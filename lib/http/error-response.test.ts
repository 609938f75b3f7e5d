import { describe, expect, it } from "vitest";
import { scriptEditSchema } from "@/lib/episodes/schemas";
import { errorResponse } from "./error-response";

describe("errorResponse", () => {
  it("gives each validation issue at its full path, so a form can show it beside its field", async () => {
    const parsed = scriptEditSchema.safeParse({
      segments: [
        {
          title: "Cold open",
          lines: [
            { speaker: "Maya Chen", text: "Hi." },
            { speaker: "Maya Chen", text: " " },
          ],
        },
      ],
    });
    const res = errorResponse(parsed.error);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.issues).toEqual([{ path: "segments.0.lines.1.text", message: "This line is empty." }]);
  });
});
