"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { resumeBudgetPauseAction } from "@/lib/actions/episodes/resume-budget-pause";

/** An episode paused for budget: admins raise its budget and resume; everyone else sees who can. */
export function BudgetPausePanel({
  episodeId,
  budget,
  canResume,
  onDone,
}: {
  episodeId: string;
  budget: string;
  canResume: boolean;
  onDone: () => void;
}) {
  const { execute, result, isPending, hasSucceeded } = useAction(resumeBudgetPauseAction, { onSuccess: onDone });
  const budgetError = (result.validationErrors as { budget?: { _errors?: string[] } } | undefined)?.budget
    ?._errors?.[0];
  return (
    <Card className="border-red-200" data-testid="budget-pause-panel">
      <CardHeader>
        <h2 className="font-semibold">Paused for budget</h2>
      </CardHeader>
      <CardBody>
        {canResume ? (
          <form
            noValidate
            className="flex flex-wrap items-end gap-3"
            aria-label="Resume after the budget pause"
            onSubmit={(e) => {
              e.preventDefault();
              execute({
                episodeId,
                budget: String(new FormData(e.currentTarget).get("budget") ?? "").trim() || undefined,
              });
            }}
          >
            <div className="w-48">
              <Field id="resume-budget" label="Episode budget ($)" error={budgetError}>
                <Input
                  id="resume-budget"
                  name="budget"
                  inputMode="decimal"
                  defaultValue={budget}
                  aria-invalid={Boolean(budgetError)}
                />
              </Field>
            </div>
            <Button type="submit" disabled={isPending}>
              {isPending ? "Resuming…" : "Resume production"}
            </Button>
            <p className="basis-full text-xs text-slate-500">
              The refused stage runs again. Raise the budget here, or a show&apos;s or the monthly cap on Admin →
              Budgets, until the refused call fits.
            </p>
            {result.serverError && (
              <p className="basis-full text-sm text-red-700" data-testid="resume-error">
                {result.serverError}
              </p>
            )}
            {hasSucceeded && !isPending && (
              <p className="basis-full text-sm text-emerald-700" role="status">
                Resumed: {result.data?.stage} runs again.
              </p>
            )}
          </form>
        ) : (
          <p className="text-sm text-slate-600">An admin can raise the budget and resume this episode.</p>
        )}
      </CardBody>
    </Card>
  );
}
