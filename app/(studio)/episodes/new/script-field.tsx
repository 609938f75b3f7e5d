"use client";

import { useState } from "react";
import { Textarea } from "@/components/ui/field";
import { keepEarlyInput } from "@/components/ui/keep-early-input";
import { formatBytes } from "@/lib/domain/source-limits";
import { MAX_SCRIPT_TEXT_BYTES } from "@/lib/domain/script-limits";

/**
 * "Start from a finished script": the script pasted, or read from a .txt/.md file in the browser (the server parses
 * and checks it again against the show's hosts). Its problems are listed at the field, each with its line number.
 */
export function ScriptField({
  value,
  onChange,
  hosts,
  problems,
}: {
  value: string;
  onChange: (text: string) => void;
  hosts: string[];
  problems: string[];
}) {
  const [fileError, setFileError] = useState<string | null>(null);

  async function readFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_SCRIPT_TEXT_BYTES)
      return setFileError(`${file.name} is larger than ${formatBytes(MAX_SCRIPT_TEXT_BYTES)}.`);
    onChange(await file.text());
  }

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Start from a finished script (optional)</legend>
      <p className="text-xs text-slate-500">
        With a script, research and writing are skipped: it is brand-scored, voiced and checked, and goes to the script
        gate as version 1. Write <code>## Segment title</code> to start a segment and <code>Speaker Name: text</code>{" "}
        for each line, spoken by {hosts.length ? hosts.join(" or ") : "the show's hosts"}.
      </p>
      <Textarea
        id="script"
        name="script"
        aria-label="Script"
        rows={8}
        className="font-mono"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length ? "script-error" : undefined}
        placeholder={`## Cold open\n${hosts[0] ?? "Host"}: Welcome back.`}
      />
      <label className="inline-block cursor-pointer text-sm font-medium text-brand-600 hover:underline">
        Upload a .txt or .md script
        <input
          ref={keepEarlyInput}
          type="file"
          accept=".txt,.md,.markdown,text/plain,text/markdown"
          className="sr-only"
          data-testid="script-file"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </label>
      {fileError && <p className="text-xs text-red-700">{fileError}</p>}
      {problems.length > 0 && (
        <ul id="script-error" data-testid="script-errors" className="space-y-0.5 text-xs text-red-700">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
