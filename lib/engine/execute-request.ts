import http from "node:http";
import https from "node:https";
import { parseOps, toError, type SdkOp } from "./ops";
import { signatureHeader } from "./signing";
import type { SerializedError } from "./types";
import { isRecord } from "./validate-function";

/** One call to a function's serve endpoint, and its reply classified the way the executor acts on it. */
export type SdkReply =
  | { kind: "done"; data: unknown }
  | { kind: "ops"; ops: SdkOp[]; retryAfter?: string }
  | { kind: "error"; error: SerializedError; retriable: boolean; retryAfter?: string }
  /** The app could not be reached (down, restarting, behind a failing proxy): no attempt was made. */
  | { kind: "unreachable"; error: SerializedError };

export interface ExecuteRequestOptions {
  url: URL;
  body: unknown;
  agents: { http: http.Agent; https: https.Agent };
  /** Signs the request (`X-Inngest-Signature`), so the app's SDK can check it comes from its control plane. */
  signingKey: string;
  /** Longest silence from the app before giving up on the request (a retriable error). */
  timeoutMs: number;
  signal: AbortSignal;
}

/** Rejects only when aborted; every other failure is a reply of kind "error". */
export async function executeRequest({
  url,
  body,
  agents,
  signingKey,
  timeoutMs,
  signal,
}: ExecuteRequestOptions): Promise<SdkReply> {
  let response: RawResponse;
  try {
    const payload = JSON.stringify(body);
    response = await post(url, payload, signatureHeader(payload, signingKey), { agents, timeoutMs, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const message = `Could not reach the app at ${url.origin}${url.pathname}: ${(error as Error).message}`;
    // A request that got no answer in time did reach the app: it counts as a failed attempt.
    if (error instanceof NoReply) return { kind: "error", retriable: true, error: { name: "Error", message } };
    return { kind: "unreachable", error: { name: "Error", message } };
  }
  return interpret(response);
}

interface RawResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

/** Exported for tests: how a raw reply is read. */
export function interpret({ status, headers, body }: RawResponse): SdkReply {
  const retryAfter = headers["retry-after"];
  if (status === 201) {
    // serve({ streaming: true }): whitespace heartbeats, then the real response as JSON.
    const inner = parseJson(body);
    if (isRecord(inner) && typeof inner.status === "number" && typeof inner.body === "string") {
      return interpret({ status: inner.status, headers: lowerCaseKeys(inner.headers), body: inner.body });
    }
  }
  if (headers["x-inngest-req-version"] === "1") {
    const message =
      "The function runs with optimizeParallelism: false (SDK execution version 1), which the offline engine does not implement";
    return { kind: "error", retriable: false, error: { name: "Error", message } };
  }
  if (PROXY_ERRORS.has(status)) {
    return {
      kind: "unreachable",
      error: { name: "Error", message: `The app answered HTTP ${status}: ${excerpt(body)}` },
    };
  }
  if (status === 200) {
    const data = parseJson(body);
    return data === INVALID ? unexpected(status, body) : { kind: "done", data };
  }
  if (status === 206) {
    const ops = parseOps(parseJson(body));
    return ops ? { kind: "ops", ops, retryAfter } : unexpected(status, body);
  }
  if (status === 401) {
    const message = `The app refused the engine's signature (HTTP 401: ${excerpt(body)}): give the app and the engine the same INNGEST_SIGNING_KEY`;
    return { kind: "error", retriable: true, error: { name: "Error", message } };
  }
  const parsed = parseJson(body);
  const error =
    isRecord(parsed) && typeof parsed.message === "string"
      ? toError(parsed)
      : { name: "Error", message: `The app answered HTTP ${status}: ${excerpt(body)}` };
  return { kind: "error", error, retriable: headers["x-inngest-no-retry"] !== "true", retryAfter };
}

const PROXY_ERRORS = new Set([502, 503, 504]);

function unexpected(status: number, body: string): SdkReply {
  const message = `The app answered HTTP ${status} with a body the engine cannot read: ${excerpt(body)}`;
  return { kind: "error", retriable: true, error: { name: "Error", message } };
}

const INVALID = Symbol("invalid JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 500 ? `${trimmed.slice(0, 500)}…` : trimmed || "(empty body)";
}

function lowerCaseKeys(headers: unknown): Record<string, string | undefined> {
  if (!isRecord(headers)) return {};
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k.toLowerCase(), typeof v === "string" ? v : undefined]),
  );
}

class NoReply extends Error {}

/**
 * node:http rather than fetch: fetch (undici) gives up on a reply after 5 minutes, and steps such as audio
 * synthesis may legitimately take longer.
 */
function post(
  url: URL,
  payload: string,
  signature: string,
  { agents, timeoutMs, signal }: Pick<ExecuteRequestOptions, "agents" | "timeoutMs" | "signal">,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(
      url,
      {
        method: "POST",
        agent: url.protocol === "https:" ? agents.https : agents.http,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          "x-inngest-signature": signature,
        },
        signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const headers: Record<string, string | undefined> = {};
          for (const [key, value] of Object.entries(response.headers))
            headers[key] = Array.isArray(value) ? value[0] : value;
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
        });
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new NoReply(`no reply within ${timeoutMs} ms`)));
    request.on("error", reject);
    request.end(payload);
  });
}
