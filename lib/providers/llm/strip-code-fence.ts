const FENCE = /```[a-zA-Z]*[ \t]*\n?([\s\S]*?)\n?```/;

/**
 * The JSON inside a model's answer: local models often wrap it in a Markdown code fence, sometimes after a line
 * of prose ("Here is the JSON:"). Text with no fence is returned trimmed.
 */
export function stripCodeFence(text: string): string {
  return (FENCE.exec(text)?.[1] ?? text).trim();
}
