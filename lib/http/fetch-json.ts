/** Why a request to our own API failed, in the API's words (with its field messages); null: no answer came. */
export async function failureOf(res: Response | null): Promise<string> {
  if (!res) return "the server did not answer";
  const body = await res.json().catch(() => null);
  const fields = body?.error?.fields ? Object.values(body.error.fields as Record<string, string[]>).flat() : [];
  return [body?.error?.message ?? `HTTP ${res.status}`, ...fields].join(" ");
}

/** GETs JSON from our own API, turning an error response into an Error carrying the API's message. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: "no-store" });
  if (!res.ok) throw new Error(await failureOf(res));
  return (await res.json()) as T;
}

/** Sends a change to our own API: its JSON answer, or the message to show when it was refused or never answered. */
export async function sendJson<T = unknown>(
  url: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  body?: unknown,
): Promise<{ ok: true; data: T } | { ok: false; error: string }> {
  const res = await fetch(url, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  }).catch(() => null);
  if (!res?.ok) return { ok: false, error: await failureOf(res) };
  return { ok: true, data: (await res.json().catch(() => null)) as T };
}
