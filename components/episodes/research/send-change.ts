/** Sends an editor's change to the research API; resolves to null when it took, else to the message to show. */
export async function sendChange(url: string, method: "POST" | "DELETE" | "PATCH", body?: unknown) {
  const res = await fetch(url, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  if (res.ok) return null;
  const answer = await res.json().catch(() => null);
  const fields = answer?.error?.fields
    ? Object.values(answer.error.fields as Record<string, string[]>)
        .flat()
        .join(" ")
    : "";
  return `${answer?.error?.message ?? `HTTP ${res.status}`} ${fields}`.trim();
}
