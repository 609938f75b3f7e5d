import { describe, expect, it } from "vitest";
import { isLocalAddress } from "./is-local-address";

describe("isLocalAddress", () => {
  it("counts this machine, private networks and bare service names as local", () => {
    for (const url of [
      "http://127.0.0.1:11434/v1",
      "http://localhost:1234/v1",
      "http://[::1]:8080/v1",
      "http://10.0.0.5:8000/v1",
      "http://172.20.1.1/v1",
      "http://192.168.1.20:11434/v1",
      "http://ollama:11434/v1",
      "http://gpu-box.local:8000/v1",
      "http://[fd12::1]/v1",
    ])
      expect(isLocalAddress(url), url).toBe(true);
  });

  it("counts public hosts and addresses as remote, and an unreadable URL as not local", () => {
    for (const url of [
      "https://openrouter.ai/api/v1",
      "https://api.groq.com/openai/v1",
      "http://8.8.8.8/v1",
      "http://172.32.0.1/v1",
      "http://[2001:db8::1]/v1",
      "not a url",
    ])
      expect(isLocalAddress(url), url).toBe(false);
  });
});
