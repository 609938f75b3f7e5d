import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { readUploadedFile, uploadBodyLimit } from "@/lib/http/read-uploaded-file";
import { ingestUpload } from "@/lib/providers/sources/ingest-upload";
import { formatBytes, MAX_UPLOAD_BYTES } from "@/lib/domain/source-limits";

const TOO_LARGE = `The upload is larger than ${formatBytes(MAX_UPLOAD_BYTES)}. Upload a smaller file or split it.`;

/**
 * Turns an uploaded .txt, .md or .pdf into a source's text, checked by its bytes, for the new-episode form to show
 * and the producer to review before the episode is created.
 */
export const POST = withRoute(
  "PRODUCER",
  async ({ req }) => {
    const file = await readUploadedFile(req, MAX_UPLOAD_BYTES, TOO_LARGE);
    const source = await ingestUpload({ filename: file.name, data: file.bytes });
    return NextResponse.json({ source: { kind: source.kind, title: source.title, content: source.content } });
  },
  { maxBodyBytes: uploadBodyLimit(MAX_UPLOAD_BYTES), tooLargeMessage: TOO_LARGE, bodyType: "multipart" },
);
