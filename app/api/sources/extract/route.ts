import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { DomainError } from "@/lib/domain/errors";
import { withBoundedBody } from "@/lib/http/read-body";
import { ingestUpload } from "@/lib/providers/sources/ingest-upload";
import { formatBytes, MAX_UPLOAD_BYTES } from "@/lib/domain/source-limits";

// The form's own framing (boundary, headers, file name) on top of the largest file accepted.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES;
const TOO_LARGE = `The upload is larger than ${formatBytes(MAX_UPLOAD_BYTES)}. Upload a smaller file or split it.`;

/**
 * Turns an uploaded .txt, .md or .pdf into a source's text, checked by its bytes, for the new-episode form to show
 * and the producer to review before the episode is created.
 */
export const POST = withRoute(
  "PRODUCER",
  async ({ req }) => {
    const bounded = await withBoundedBody(req, MAX_BODY_BYTES, TOO_LARGE);
    const form = await bounded.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File))
      throw new DomainError("Send the file as multipart form data in a field named file.", 400, "no_file");
    const source = await ingestUpload({ filename: file.name, data: new Uint8Array(await file.arrayBuffer()) });
    return NextResponse.json({ source: { kind: source.kind, title: source.title, content: source.content } });
  },
  { maxBodyBytes: MAX_BODY_BYTES, tooLargeMessage: TOO_LARGE, bodyType: "multipart" },
);
