"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TitledCard } from "@/components/ui/card";
import { Field, Input, Textarea } from "@/components/ui/field";
import { keepEarlyInput } from "@/components/ui/keep-early-input";
import { errorAt } from "@/components/shows/form-errors";
import { useFieldErrors } from "@/components/ui/field-errors";
import { HostsEditor, type HostDraft } from "@/components/shows/hosts-editor";
import { LexiconEditor, type LexiconRow } from "@/components/shows/lexicon-editor";
import { PhraseListEditor } from "@/components/shows/phrase-list-editor";
import type { ShowDetail } from "@/lib/shows/get-show";
import { createShowAction } from "@/lib/actions/shows/create-show";
import { updateShowAction } from "@/lib/actions/shows/update-show";

interface FormValues {
  name: string;
  slug: string;
  description: string;
  tone: string;
  audience: string;
  structureNotes: string;
  targetReadingGrade: string;
  requiredPhrases: string[];
  bannedPhrases: string[];
  humilityMarkers: string[];
  pronunciationLexicon: LexiconRow[];
  hosts: HostDraft[];
  brandThreshold: string;
  dimensionThreshold: string;
  qualityTarget: string;
  autoApprove: boolean;
}

const NEW_SHOW: FormValues = {
  name: "",
  slug: "",
  description: "",
  tone: "",
  audience: "",
  structureNotes: "",
  targetReadingGrade: "9",
  requiredPhrases: [],
  bannedPhrases: [],
  humilityMarkers: [],
  pronunciationLexicon: [],
  hosts: [{ name: "", persona: "", localVoice: "slt", hostedVoice: "" }],
  brandThreshold: "9.3",
  dimensionThreshold: "7.0",
  qualityTarget: "8.5",
  autoApprove: false,
};

function toValues(show: ShowDetail): FormValues {
  return {
    ...show,
    targetReadingGrade: String(show.targetReadingGrade),
    hosts: show.hosts.map((h) => ({ ...h, hostedVoice: h.hostedVoice ?? "" })),
    brandThreshold: show.brandThreshold.toFixed(1),
    dimensionThreshold: show.dimensionThreshold.toFixed(1),
    qualityTarget: show.qualityTarget.toFixed(1),
  };
}

/** "Signal & Noise!" -> "signal-noise": a suggested address while creating, until the editor types their own. */
const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);

/** Creates a show (no `show`) or edits one; every field error comes from the shared zod schema, on the server. */
export function ShowForm({ show }: { show?: ShowDetail }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(() => (show ? toValues(show) : NEW_SHOW));
  const [slugTouched, setSlugTouched] = useState(Boolean(show));
  const [saved, setSaved] = useState(false);

  const create = useAction(createShowAction, { onSuccess: ({ data }) => data && router.push(`/shows/${data.id}`) });
  const update = useAction(updateShowAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const { result, isPending } = show ? update : create;
  const reported = result.validationErrors as object | undefined;
  // A field's error goes once its value changes; the others stay until the next save.
  const { errors, clear } = useFieldErrors(reported);
  const err = (...path: (string | number)[]) => errorAt(errors, path);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setSaved(false);
    clear(key);
    setValues((v) => ({ ...v, [key]: value }));
  };

  // After a failed save, move focus to the first field that needs attention (its message is wired to it).
  useEffect(() => {
    if (reported) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [reported]);

  const text = (key: "name" | "description" | "tone" | "audience", label: string, hint?: string) => (
    <Field id={`show-${key}`} label={label} error={err(key)} hint={hint}>
      <Input
        id={`show-${key}`}
        value={values[key]}
        aria-invalid={Boolean(err(key))}
        aria-describedby={err(key) ? `show-${key}-error` : undefined}
        onChange={(e) => {
          set(key, e.target.value);
          if (key === "name" && !slugTouched) set("slug", slugify(e.target.value));
        }}
      />
    </Field>
  );
  const score = (key: "brandThreshold" | "dimensionThreshold" | "qualityTarget", label: string, hint: string) => (
    <Field id={`show-${key}`} label={label} error={err(key)} hint={hint}>
      <Input
        id={`show-${key}`}
        type="number"
        inputMode="decimal"
        step="0.1"
        min={0}
        max={10}
        value={values[key]}
        aria-invalid={Boolean(err(key))}
        aria-describedby={err(key) ? `show-${key}-error` : undefined}
        onChange={(e) => set(key, e.target.value)}
      />
    </Field>
  );

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-6"
      data-testid="show-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        if (show) update.execute({ ...values, id: show.id });
        else create.execute(values);
      }}
    >
      {errors ? (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-errors" aria-live="polite">
          Some fields need attention; each says what to change.
        </p>
      ) : null}
      <TitledCard title="Brand">
        <div className="space-y-4">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {text("name", "Name")}
            <Field
              id="show-slug"
              label="Address (slug)"
              error={err("slug")}
              hint="Lowercase letters, digits and dashes; npm run produce --show uses it."
            >
              <Input
                id="show-slug"
                value={values.slug}
                className="font-mono"
                aria-invalid={Boolean(err("slug"))}
                aria-describedby={err("slug") ? "show-slug-error" : undefined}
                onChange={(e) => {
                  setSlugTouched(true);
                  set("slug", e.target.value);
                }}
              />
            </Field>
          </div>
          {text("description", "Description")}
          {text("tone", "Tone", "How the show sounds, e.g. curious, warm and precise.")}
          {text("audience", "Audience", "Who listens, and what they already know.")}
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
            <Field
              id="show-grade"
              label="Target reading grade"
              error={err("targetReadingGrade")}
              hint="1 to 18; 9 suits a general audience."
            >
              <Input
                id="show-grade"
                type="number"
                step="0.5"
                min={1}
                max={18}
                value={values.targetReadingGrade}
                aria-invalid={Boolean(err("targetReadingGrade"))}
                aria-describedby={err("targetReadingGrade") ? "show-grade-error" : undefined}
                onChange={(e) => set("targetReadingGrade", e.target.value)}
              />
            </Field>
            <Field id="show-structure" label="Structure notes" error={err("structureNotes")}>
              <Textarea
                id="show-structure"
                rows={2}
                value={values.structureNotes}
                aria-invalid={Boolean(err("structureNotes"))}
                onChange={(e) => set("structureNotes", e.target.value)}
              />
            </Field>
          </div>
        </div>
      </TitledCard>

      <TitledCard title="Phrases">
        <div className="grid grid-cols-1 gap-6 md:grid-cols-3">
          <PhraseListEditor
            id="required-phrases"
            legend="Required phrases"
            itemLabel="Required phrase"
            hint="Every script says these, e.g. the show's welcome."
            values={values.requiredPhrases}
            onChange={(v) => set("requiredPhrases", v)}
            errors={(errors as Record<string, unknown> | undefined)?.requiredPhrases}
          />
          <PhraseListEditor
            id="banned-phrases"
            legend="Banned phrases"
            itemLabel="Banned phrase"
            hint="Never said on this show; each use lowers the brand score."
            values={values.bannedPhrases}
            onChange={(v) => set("bannedPhrases", v)}
            errors={(errors as Record<string, unknown> | undefined)?.bannedPhrases}
          />
          <PhraseListEditor
            id="humility-markers"
            legend="Humility markers"
            itemLabel="Humility marker"
            hint="How hosts signal uncertainty, e.g. “the evidence suggests”."
            values={values.humilityMarkers}
            onChange={(v) => set("humilityMarkers", v)}
            errors={(errors as Record<string, unknown> | undefined)?.humilityMarkers}
          />
        </div>
      </TitledCard>

      <TitledCard title="Pronunciation">
        <LexiconEditor
          rows={values.pronunciationLexicon}
          onChange={(v) => set("pronunciationLexicon", v)}
          errors={(errors as Record<string, unknown> | undefined)?.pronunciationLexicon}
        />
      </TitledCard>

      <TitledCard title="Hosts and voices">
        <HostsEditor
          hosts={values.hosts}
          onChange={(v) => set("hosts", v)}
          errors={(errors as Record<string, unknown> | undefined)?.hosts}
        />
      </TitledCard>

      <TitledCard title="Thresholds and approval">
        <div className="space-y-4">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            {score(
              "brandThreshold",
              "Brand threshold",
              "0-10; scripts scoring below are re-written, then go to an editor.",
            )}
            {score("dimensionThreshold", "Dimension threshold", "0-10; each quality dimension must reach it.")}
            {score("qualityTarget", "Quality target", "0-10; the overall quality score to reach.")}
          </div>
          <div className="flex items-start gap-3">
            <input
              ref={keepEarlyInput}
              id="show-autoApprove"
              type="checkbox"
              role="switch"
              aria-checked={values.autoApprove}
              className="mt-1 size-4 accent-brand-600"
              checked={values.autoApprove}
              onChange={(e) => set("autoApprove", e.target.checked)}
              aria-describedby="show-autoApprove-hint"
            />
            <div>
              <label htmlFor="show-autoApprove" className="text-sm font-medium text-slate-800">
                Auto-approval
              </label>
              <p id="show-autoApprove-hint" className="text-xs text-slate-500">
                Approve scripts and final audio without an editor when every score passes; otherwise an editor decides
                at each gate.
              </p>
            </div>
          </div>
        </div>
      </TitledCard>

      {result.serverError && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
          {result.serverError}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : show ? "Save changes" : "Create show"}
        </Button>
        {saved && !isPending && (
          <p role="status" className="text-sm text-emerald-700" data-testid="show-saved">
            Saved. New pipeline stages use this profile.
          </p>
        )}
      </div>
    </form>
  );
}
