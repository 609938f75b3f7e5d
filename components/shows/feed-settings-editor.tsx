"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { keepEarlyInput } from "@/components/ui/keep-early-input";
import { errorAt } from "@/components/shows/form-errors";
import { useFieldErrors } from "@/components/ui/field-errors";
import { APPLE_CATEGORIES, appleSubcategories } from "@/lib/domain/apple-categories";
import { updateFeedSettingsAction } from "@/lib/actions/shows/update-feed-settings";
import type { StoredFeedSettings } from "@/lib/shows/feed-settings";

type TextKey = "publicBaseUrl" | "language" | "author" | "ownerName" | "ownerEmail" | "copyright";

/** The show's feed settings form; every field error comes from the shared zod schema, on the server. */
export function FeedSettingsEditor({ showId, settings }: { showId: string; settings: StoredFeedSettings }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<StoredFeedSettings>(settings);
  const [saved, setSaved] = useState(false);
  const save = useAction(updateFeedSettingsAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh(); // the feed check beside the form follows what was saved
    },
  });
  const reported = save.result.validationErrors as object | undefined;
  // A field's error goes once its value changes; the others stay until the next save.
  const { errors, clear } = useFieldErrors(reported);
  const err = (key: string) => errorAt(errors, [key]);
  const set = <K extends keyof StoredFeedSettings>(key: K, value: StoredFeedSettings[K]) => {
    setSaved(false);
    clear(key);
    setValues((v) => ({ ...v, [key]: value }));
  };

  useEffect(() => {
    if (reported) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [reported]);

  const described = (key: string) => ({
    "aria-invalid": Boolean(err(key)),
    "aria-describedby": err(key) ? `feed-${key}-error` : undefined,
  });
  const text = (key: TextKey, label: string, hint?: string, type = "text") => (
    <Field id={`feed-${key}`} label={label} error={err(key)} hint={hint}>
      <Input
        id={`feed-${key}`}
        type={type}
        value={values[key]}
        {...described(key)}
        onChange={(e) => set(key, e.target.value)}
      />
    </Field>
  );

  return (
    <form
      ref={formRef}
      noValidate
      data-testid="feed-settings-form"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.execute({ ...values, id: showId });
      }}
    >
      <fieldset className="space-y-4">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
          {text(
            "publicBaseUrl",
            "Public address",
            "Where podcast apps reach this studio, e.g. https://studio.example.com (no path).",
            "url",
          )}
          {text("language", "Language", "A language code, e.g. en or en-GB.")}
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          {text("author", "Author", "Shown under the show's title.")}
          {text("ownerName", "Owner name", "Defaults to the author.")}
          {text(
            "ownerEmail",
            "Owner e-mail",
            "Apple writes here to confirm ownership; not shown to listeners.",
            "email",
          )}
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <Field id="feed-category" label="Category" error={err("category")}>
            <Select
              id="feed-category"
              value={values.category}
              {...described("category")}
              onChange={(e) => {
                const category = e.target.value;
                if (!appleSubcategories(category).includes(values.subcategory)) set("subcategory", "");
                set("category", category);
              }}
            >
              <option value="">Choose a category</option>
              {Object.keys(APPLE_CATEGORIES).map((c) => (
                <option key={c}>{c}</option>
              ))}
            </Select>
          </Field>
          <Field id="feed-subcategory" label="Subcategory" error={err("subcategory")}>
            <Select
              id="feed-subcategory"
              value={values.subcategory}
              disabled={appleSubcategories(values.category).length === 0}
              {...described("subcategory")}
              onChange={(e) => set("subcategory", e.target.value)}
            >
              <option value="">None</option>
              {appleSubcategories(values.category).map((s) => (
                <option key={s}>{s}</option>
              ))}
            </Select>
          </Field>
          <Field id="feed-showType" label="Show type" error={err("showType")}>
            <Select
              id="feed-showType"
              value={values.showType}
              {...described("showType")}
              onChange={(e) => set("showType", e.target.value as StoredFeedSettings["showType"])}
            >
              <option value="EPISODIC">Episodic (newest first)</option>
              <option value="SERIAL">Serial (in order)</option>
            </Select>
          </Field>
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[minmax(0,1fr)_14rem]">
          {text("copyright", "Copyright", "e.g. © 2026 Your Studio.")}
          <div className="flex items-start gap-3 pt-7">
            <input
              ref={keepEarlyInput}
              id="feed-explicit"
              type="checkbox"
              className="mt-1 size-4 accent-brand-600"
              checked={values.explicit}
              onChange={(e) => set("explicit", e.target.checked)}
            />
            <label htmlFor="feed-explicit" className="text-sm font-medium text-slate-800">
              Explicit content
            </label>
          </div>
        </div>
      </fieldset>
      {save.result.serverError && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="feed-settings-error">
          {save.result.serverError}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save feed settings"}
        </Button>
        {saved && !save.isPending && (
          <p role="status" className="text-sm text-emerald-700" data-testid="feed-settings-saved">
            Feed settings saved. The feed uses them from now on.
          </p>
        )}
      </div>
    </form>
  );
}
