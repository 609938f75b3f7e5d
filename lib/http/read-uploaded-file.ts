import type { NextRequest } from "next/server";
import { DomainError } from "@/lib/domain/errors";
import { withBoundedBody } from "./read-body";

// The form's own framing (boundary, headers, file name) on top of the largest file accepted.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The most bytes a route taking files of up to `maxFileBytes` reads of a request. */
export const uploadBodyLimit = (maxFileBytes: number) => maxFileBytes + MULTIPART_OVERHEAD_BYTES;

/**
 * The file sent as multipart form data in the field `file`: its name and bytes. The body is read within the route's
 * limit and abandoned as soon as it passes it (413), so an oversized upload never sits whole in memory.
 */
export async function readUploadedFile(
  req: NextRequest,
  maxFileBytes: number,
  tooLargeMessage: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  const bounded = await withBoundedBody(req, uploadBodyLimit(maxFileBytes), tooLargeMessage);
  const form = await bounded.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File))
    throw new DomainError("Send the file as multipart form data in a field named file.", 400, "no_file");
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
