"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { keepEarlyInput } from "@/components/ui/keep-early-input";
import { useFieldErrors } from "@/components/ui/field-errors";
import { SERVER_ACTION_BODY_LIMIT } from "@/lib/http/action-body-limit";
import { MAX_UPLOAD_BYTES, formatBytes } from "@/lib/domain/source-limits";
import { createEpisodeAction } from "@/lib/actions/episodes/create-episode";
import { listScriptTextErrors, parseScriptText } from "@/lib/domain/parse-script-text";
import { ScriptField } from "./script-field";

interface ShowOption {
  id: string;
  name: string;
  defaultBudget: string;
  maxBudget: string;
  hosts: string[];
}

interface SourceDraft {
  title: string;
  content: string;
  kind: "TEXT" | "MARKDOWN" | "PDF";
}

export function NewEpisodeForm({ shows, defaultShowId }: { shows: ShowOption[]; defaultShowId: string | null }) {
  const [showId, setShowId] = useState((shows.find((s) => s.id === defaultShowId) ?? shows[0]!).id);
  const [format, setFormat] = useState("TWO_HOSTS");
  const [sources, setSources] = useState<SourceDraft[]>([]);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [script, setScript] = useState("");
  const [scriptProblems, setScriptProblems] = useState<string[]>([]);
  const show = shows.find((s) => s.id === showId)!;
  const router = useRouter();
  const { execute, result, isPending, reset } = useAction(createEpisodeAction, {
    onSuccess: ({ data }) => data && router.push(`/episodes/${data.id}`),
  });
  // A request too large for a server action goes to the route handler, which says what is wrong in one message.
  const [posting, setPosting] = useState(false);
  const [postError, setPostError] = useState<string | null>(null);
  // The server's refusal of a script lists its problems too: they are shown at the script, not as a form error.
  const serverScript = result.serverError?.startsWith("The script was refused: ")
    ? result.serverError.slice("The script was refused: ".length).split("; ")
    : [];
  const formError = postError ?? (serverScript.length ? undefined : result.serverError);
  // A field's error goes once its value changes (the form's onChange names the field).
  const { errors, clear } = useFieldErrors(
    result.validationErrors as Record<string, { _errors?: string[] } & Record<string, unknown>> | undefined,
  );
  const fieldError = (name: string) => errors?.[name]?._errors?.[0];
  const sourceError = (i: number, field: "title" | "content") =>
    ((errors?.sources as Record<number, Record<string, { _errors?: string[] }>> | undefined)?.[i]?.[field]?._errors ??
      [])[0];

  /**
   * Through the server action when it fits (1 MB, with room for its encoding); an episode's sources may hold 2 MB,
   * which only POST /api/episodes accepts (an action's arguments are decoded whole, so its limit stays small).
   */
  async function submit(input: Parameters<typeof execute>[0]) {
    setPostError(null);
    const body = JSON.stringify(input);
    if (new Blob([body]).size <= SERVER_ACTION_BODY_LIMIT * 0.9) return execute(input);
    setPosting(true);
    try {
      const res = await fetch("/api/episodes", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const json = await res.json().catch(() => null);
      if (res.ok) return router.push(`/episodes/${json.episode.id}`);
      const fields = Object.values((json?.error?.fields ?? {}) as Record<string, string[]>).flat();
      setPostError(
        [json?.error?.message ?? `The episode could not be started (HTTP ${res.status}).`, ...fields].join(" "),
      );
    } catch {
      setPostError("The studio could not be reached. Try again.");
    } finally {
      setPosting(false);
    }
  }

  async function addFiles(files: FileList | null) {
    setUploadError(null);
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_UPLOAD_BYTES) {
        setUploadError(`${file.name} is larger than ${formatBytes(MAX_UPLOAD_BYTES)}.`);
        continue;
      }
      // The server reads the file (text, Markdown or PDF) and checks its bytes; the producer reviews the text here.
      const body = new FormData();
      body.set("file", file);
      setReading(file.name);
      const res = await fetch("/api/sources/extract", { method: "POST", body }).finally(() => setReading(null));
      const json = await res.json().catch(() => null);
      if (!res.ok) {
        setUploadError(json?.error?.message ?? `${file.name} could not be read (HTTP ${res.status}).`);
        continue;
      }
      setSources((s) => [...s, json.source as SourceDraft]);
    }
  }

  return (
    <form
      noValidate
      className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"
      onChange={(e) => {
        const name = (e.target as { name?: string }).name;
        if (name) clear(name);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const budget = String(f.get("budget") ?? "").trim();
        // Checked here against the chosen show's hosts, so every problem shows at once with its line number.
        const parsed = script.trim() ? parseScriptText(script, show.hosts) : null;
        setScriptProblems(parsed && !parsed.ok ? listScriptTextErrors(parsed.errors) : []);
        if (parsed && !parsed.ok) return;
        void submit({
          showId,
          title: String(f.get("title") ?? "") || undefined,
          topic: String(f.get("topic") ?? ""),
          complexity: String(f.get("complexity")) as "MEDIUM",
          format: format as "TWO_HOSTS",
          speakerCount: Number(f.get("speakerCount")),
          // Disabled (so absent) when a script is given: the server takes the script's own length.
          targetMinutes: Number(f.get("targetMinutes") ?? 10),
          budget: budget ? Number(budget) : undefined,
          sources,
          script: script.trim() || undefined,
        });
      }}
    >
      <Card>
        <CardBody className="space-y-4">
          <Field
            id="topic"
            label="Topic"
            error={fieldError("topic")}
            hint="What should the episode explore? One or two sentences."
          >
            <Textarea id="topic" name="topic" rows={3} aria-invalid={Boolean(fieldError("topic"))} />
          </Field>
          <Field id="title" label="Working title (optional)" error={fieldError("title")}>
            <Input id="title" name="title" />
          </Field>
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-800">Sources</legend>
            {sources.length === 0 && (
              <p className="text-sm text-slate-500">
                No sources yet. Paste text or upload .txt, .md or .pdf files: claims are checked against them.
              </p>
            )}
            {sources.map((s, i) => (
              <div key={i} className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="source-draft">
                <div className="flex gap-2">
                  <Input
                    aria-label={`Source ${i + 1} title`}
                    value={s.title}
                    onChange={(e) => {
                      clear("sources");
                      setSources((all) => all.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)));
                    }}
                    aria-invalid={Boolean(sourceError(i, "title"))}
                  />
                  <Button
                    type="button"
                    variant="ghost"
                    onClick={() => setSources((all) => all.filter((_, j) => j !== i))}
                  >
                    Remove
                  </Button>
                </div>
                <Textarea
                  aria-label={`Source ${i + 1} text`}
                  rows={5}
                  value={s.content}
                  onChange={(e) => {
                    clear("sources");
                    setSources((all) => all.map((x, j) => (j === i ? { ...x, content: e.target.value } : x)));
                  }}
                  aria-invalid={Boolean(sourceError(i, "content"))}
                />
                {(sourceError(i, "title") || sourceError(i, "content")) && (
                  <p className="text-xs text-red-700">{sourceError(i, "title") ?? sourceError(i, "content")}</p>
                )}
              </div>
            ))}
            <div className="flex flex-wrap items-center gap-3">
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  setSources((s) => [...s, { title: `Source ${s.length + 1}`, content: "", kind: "TEXT" }])
                }
              >
                Paste a source
              </Button>
              <label className="cursor-pointer text-sm font-medium text-brand-600 hover:underline">
                Upload files
                <input
                  ref={keepEarlyInput}
                  type="file"
                  accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf"
                  multiple
                  className="sr-only"
                  onChange={(e) => void addFiles(e.target.files)}
                />
              </label>
            </div>
            {reading && (
              <p className="text-xs text-slate-500" data-testid="upload-reading" aria-live="polite">
                Reading {reading}…
              </p>
            )}
            {uploadError && <p className="text-xs text-red-700">{uploadError}</p>}
          </fieldset>
          <ScriptField
            value={script}
            onChange={(text) => {
              setScript(text);
              setScriptProblems([]);
              clear("script");
              if (serverScript.length) reset(); // the server's refusal was of the text now changed
            }}
            hosts={show.hosts}
            problems={
              scriptProblems.length ? scriptProblems : fieldError("script") ? [fieldError("script")!] : serverScript
            }
          />
        </CardBody>
      </Card>
      <Card className="self-start">
        <CardBody className="space-y-4">
          <Field id="show" label="Show">
            <Select id="show" value={showId} onChange={(e) => setShowId(e.target.value)}>
              {shows.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="format" label="Format">
            <Select
              id="format"
              value={format}
              onChange={(e) => {
                clear("speakerCount"); // the format decides how many speakers are allowed
                setFormat(e.target.value);
              }}
            >
              <option value="SOLO">Solo</option>
              <option value="TWO_HOSTS">Two hosts</option>
              <option value="INTERVIEW">Interview</option>
              <option value="PANEL">Panel</option>
            </Select>
          </Field>
          <Field id="speakerCount" label="Speakers" error={fieldError("speakerCount")}>
            <Input
              id="speakerCount"
              name="speakerCount"
              type="number"
              min={1}
              max={4}
              key={format}
              defaultValue={format === "SOLO" ? 1 : 2}
            />
          </Field>
          <Field id="complexity" label="Complexity" hint="Deeper research costs more.">
            <Select id="complexity" name="complexity" defaultValue="MEDIUM">
              <option value="LOW">Low</option>
              <option value="MEDIUM">Medium</option>
              <option value="HIGH">High</option>
            </Select>
          </Field>
          <Field
            id="targetMinutes"
            label="Target length (minutes)"
            error={fieldError("targetMinutes")}
            hint={
              script.trim()
                ? "A finished script runs its own length (its words at 150 a minute)."
                : "Whole minutes, 1 to 90; a fraction is rounded (2.5 becomes 3)."
            }
          >
            <Input
              id="targetMinutes"
              name="targetMinutes"
              disabled={Boolean(script.trim())}
              type="number"
              min={1}
              max={90}
              step="any"
              defaultValue={10}
            />
          </Field>
          <Field
            id="budget"
            label="Budget (USD)"
            error={fieldError("budget")}
            hint={`Default $${show.defaultBudget}; you can set up to $${show.maxBudget}.`}
          >
            <Input id="budget" name="budget" type="number" step="0.01" min={0.01} placeholder={show.defaultBudget} />
          </Field>
          {formError && (
            <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
              {formError}
            </p>
          )}
          <Button type="submit" className="w-full" disabled={isPending || posting}>
            {isPending || posting ? "Starting…" : "Start production"}
          </Button>
        </CardBody>
      </Card>
    </form>
  );
}
