import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { DomainError } from "@/lib/domain/errors";
import { ingestUpload } from "@/lib/providers/sources/ingest-upload";

/**
 * Turns an uploaded .txt, .md or .pdf into a source's text, checked by its bytes, for the new-episode form to show
 * and the producer to review before the episode is created.
 */
export const POST = withRoute("PRODUCER", async ({ req }) => {
  const form = await req.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw new DomainError("Send the file as multipart form data in a field named file.", 400, "no_file");
  const source = await ingestUpload({ filename: file.name, data: new Uint8Array(await file.arrayBuffer()) });
  return NextResponse.json({ source: { kind: source.kind, title: source.title, content: source.content } });
});
