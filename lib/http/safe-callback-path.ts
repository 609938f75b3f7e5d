/** A stand-in origin: only what resolves against it without leaving it is a path of the studio. */
const HERE = "http://studio.invalid";
/** Longer than any address of the studio; a longer value is someone else's making. */
export const MAX_CALLBACK_LENGTH = 2048;

/**
 * The path (with query and fragment) a callback URL names on the studio itself, or "/" when it names anywhere else.
 * The URL is normalised first, as a browser would (tabs and newlines dropped, `\` read as `/`, `.`, `..` and `%2e`
 * segments resolved), so `/.//evil.example` or `/x/..//evil.example` cannot become `//evil.example` after the check;
 * a path that still starts with `//` or `/\` is refused, since a browser reads it as another host.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || value === "" || value.length > MAX_CALLBACK_LENGTH) return "/";
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE || url.pathname.startsWith("//") || url.pathname.startsWith("/\\")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Auth.js's `redirect` callback: where it may send someone after signing in or out. An absolute URL on the studio's own
 * origin (`baseUrl`) counts as its path; every path then goes through the same rule as the sign-in page's.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const own = URL.canParse(url) && new URL(url).origin === baseUrl ? url.slice(baseUrl.length) : url;
  return `${baseUrl}${safeCallbackPath(own)}`;
}
