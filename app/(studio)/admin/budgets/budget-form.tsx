"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { saveBudgetPolicyAction } from "@/lib/actions/costs/save-budget-policy";

export interface PolicyValues {
  showId: string | null;
  episodeDefault: string;
  episodeHardCap: string;
  monthlyCap: string;
  researchTarget: string;
  contentTarget: string;
  audioTarget: string;
  alertThresholds: number[];
  onExceed: "DOWNGRADE" | "PAUSE";
  alertWebhookUrl: string | null;
}

const MONEY = [
  ["episodeDefault", "Default budget per episode", "What a new episode gets unless its producer asks for less."],
  ["episodeHardCap", "Hard cap per episode", "No call is made that would pass it."],
  ["monthlyCap", "Monthly cap", "Across every episode this month."],
  ["researchTarget", "Research target", "Average per episode; over it is a warning."],
  ["contentTarget", "Content target", "Planning, writing and brand scoring."],
  ["audioTarget", "Audio target", "Speech, mastering and checks."],
] as const;

export function BudgetForm({ id, name, values }: { id: string; name: string; values: PolicyValues }) {
  const { execute, result, isPending, hasSucceeded } = useAction(saveBudgetPolicyAction);
  const err = (name: string) =>
    (result.validationErrors as Record<string, { _errors?: string[] }> | undefined)?.[name]?._errors?.[0];
  return (
    <form
      noValidate
      className="space-y-4"
      aria-label={`${name} budget`}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const text = (name: string) => String(f.get(name) ?? "");
        execute({
          showId: values.showId,
          episodeDefault: text("episodeDefault"),
          episodeHardCap: text("episodeHardCap"),
          monthlyCap: text("monthlyCap"),
          researchTarget: text("researchTarget"),
          contentTarget: text("contentTarget"),
          audioTarget: text("audioTarget"),
          alertThresholds: text("alertThresholds")
            .split(/[,\s]+/)
            .filter(Boolean)
            .map(Number),
          onExceed: text("onExceed") as "DOWNGRADE",
          alertWebhookUrl: text("alertWebhookUrl"),
        });
      }}
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {MONEY.map(([name, label, hint]) => (
          <Field key={name} id={`${id}-${name}`} label={`${label} ($)`} hint={hint} error={err(name)}>
            <Input
              id={`${id}-${name}`}
              name={name}
              inputMode="decimal"
              defaultValue={values[name]}
              aria-invalid={Boolean(err(name))}
            />
          </Field>
        ))}
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Field
          id={`${id}-alertThresholds`}
          label="Alert at (% of a cap)"
          hint="e.g. 80, 100"
          error={err("alertThresholds")}
        >
          <Input
            id={`${id}-alertThresholds`}
            name="alertThresholds"
            defaultValue={values.alertThresholds.join(", ")}
            aria-invalid={Boolean(err("alertThresholds"))}
          />
        </Field>
        <Field id={`${id}-onExceed`} label="When a call would pass a cap" error={err("onExceed")}>
          <Select id={`${id}-onExceed`} name="onExceed" defaultValue={values.onExceed}>
            <option value="DOWNGRADE">Switch to economy models, then pause</option>
            <option value="PAUSE">Pause for an admin</option>
          </Select>
        </Field>
        <Field
          id={`${id}-alertWebhookUrl`}
          label="Alert webhook (optional)"
          hint="Alerts are also posted here as JSON."
          error={err("alertWebhookUrl")}
        >
          <Input
            id={`${id}-alertWebhookUrl`}
            name="alertWebhookUrl"
            type="url"
            defaultValue={values.alertWebhookUrl ?? ""}
            aria-invalid={Boolean(err("alertWebhookUrl"))}
          />
        </Field>
      </div>
      {result.serverError && (
        <p className="text-sm text-red-700" role="alert">
          {result.serverError}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Save budget"}
        </Button>
        {hasSucceeded && !isPending && (
          <span className="text-sm text-emerald-700" role="status">
            Saved. It applies to the next call.
          </span>
        )}
      </div>
    </form>
  );
}
