import { DomainError } from "@/lib/domain/errors";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** What a state-changing request's body may be: JSON everywhere, multipart form data where a route takes a file. */
export type BodyType = "json" | "multipart";

const MEDIA_TYPES: Record<BodyType, string> = { json: "application/json", multipart: "multipart/form-data" };

export function isStateChanging(method: string): boolean {
  return STATE_CHANGING.has(method.toUpperCase());
}

/** The Host header as the host part of a URL of `protocol`, so `studio:80` and `studio` compare equal over http. */
function hostOf(protocol: string, host: string): string | null {
  return URL.canParse(`${protocol}//${host}`) ? new URL(`${protocol}//${host}`).host : null;
}

/**
 * Whether an Origin header names the studio: the origin of AUTH_URL when set (the public address, for a studio behind a
 * proxy that rewrites the Host header), or the host the request was sent to.
 */
function isOwnOrigin(origin: string, host: string | null, authUrl: string | undefined): boolean {
  if (!URL.canParse(origin)) return false; // includes "null", a sandboxed or privacy-sensitive context
  const from = new URL(origin);
  if (authUrl && URL.canParse(authUrl) && new URL(authUrl).origin === from.origin) return true;
  return host !== null && hostOf(from.protocol, host) === from.host;
}

/**
 * Refuses (403) a state-changing request a browser sent from another site: its Origin must be the studio's, or, when a
 * browser sends no Origin, its Sec-Fetch-Site must say same-origin (or none: typed by the user). A request with neither
 * header is not from a browser (every current browser sends one of them on a cross-site request), so it carries no
 * one's cookies by surprise and is let through: scripts and the API's own clients keep working.
 */
export function refuseCrossSiteRequest(req: Request, authUrl = process.env.AUTH_URL): void {
  if (!isStateChanging(req.method)) return;
  const origin = req.headers.get("origin");
  const fetchSite = req.headers.get("sec-fetch-site");
  const allowed =
    origin !== null
      ? isOwnOrigin(origin, req.headers.get("host"), authUrl)
      : fetchSite === null || fetchSite === "same-origin" || fetchSite === "none";
  if (!allowed) {
    throw new DomainError(
      "This change was sent from another site, so the studio refused it. Make changes from the studio's own pages; " +
        "if the studio is reached through a proxy that changes its address, set AUTH_URL to the address people use.",
      403,
      "cross_site_request",
    );
  }
}

/**
 * Refuses (415) a state-changing request whose body is not of the route's type, so a body a cross-site form or a
 * "simple" request can send (text/plain, form-urlencoded) is never acted on. A request without a body needs no type.
 */
export function refuseUnexpectedBodyType(req: Request, expected: BodyType = "json"): void {
  if (!isStateChanging(req.method)) return;
  const hasBody = req.headers.has("transfer-encoding") || Number(req.headers.get("content-length") ?? 0) > 0;
  if (!hasBody) return;
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== MEDIA_TYPES[expected]) {
    throw new DomainError(
      expected === "json"
        ? "Send the body as JSON, with the header Content-Type: application/json."
        : "Send the file as multipart/form-data, with the header Content-Type: multipart/form-data.",
      415,
      "unsupported_media_type",
    );
  }
}
