/** Whether a path has a %-escape that does not decode (a stray "%", or bytes that are not UTF-8). */
export function hasMalformedEscape(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
