import { NextResponse } from "next/server";
import { ZodError, z } from "zod";
import { DomainError } from "@/lib/domain/errors";

/** The one place domain and validation errors become HTTP responses. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof DomainError) {
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status });
  }
  if (error instanceof ZodError) {
    return NextResponse.json(
      {
        error: {
          code: "invalid_input",
          message: "Some fields are not valid.",
          fields: z.flattenError(error).fieldErrors,
          // Each issue at its full path (e.g. segments.1.lines.2.text), so a form can show it beside its field.
          issues: error.issues.slice(0, 100).map((i) => ({ path: i.path.join("."), message: i.message })),
        },
      },
      { status: 400 },
    );
  }
  if (error instanceof SyntaxError) {
    return NextResponse.json(
      { error: { code: "invalid_json", message: "The request body is not valid JSON." } },
      { status: 400 },
    );
  }
  console.error(error);
  return NextResponse.json(
    {
      error: {
        code: "internal",
        message: "Something went wrong on our side. Try again; if it persists, tell an admin.",
      },
    },
    { status: 500 },
  );
}
