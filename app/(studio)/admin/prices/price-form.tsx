"use client";

import { useAction } from "next-safe-action/hooks";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { setPriceAction } from "@/lib/actions/costs/set-price";

export function PriceForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const { execute, result, isPending, hasSucceeded } = useAction(setPriceAction, {
    onSuccess: () => formRef.current?.reset(),
  });
  const err = (name: "provider" | "model" | "unit" | "unitPrice") => result.validationErrors?.[name]?._errors?.[0];
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        execute({
          provider: String(f.get("provider") ?? ""),
          model: String(f.get("model") ?? ""),
          unit: String(f.get("unit") ?? "") as "input_token",
          unitPrice: String(f.get("unitPrice") ?? ""),
        });
      }}
    >
      <Field
        id="price-provider"
        label="Provider"
        error={err("provider")}
        hint="e.g. anthropic, openai, elevenlabs, offline"
      >
        <Input id="price-provider" name="provider" aria-invalid={Boolean(err("provider"))} />
      </Field>
      <Field id="price-model" label="Model" error={err("model")}>
        <Input id="price-model" name="model" aria-invalid={Boolean(err("model"))} />
      </Field>
      <Field id="price-unit" label="Unit" error={err("unit")}>
        <Select id="price-unit" name="unit" defaultValue="input_token">
          <option value="input_token">Input token</option>
          <option value="output_token">Output token</option>
          <option value="character">Character</option>
          <option value="minute">Minute of audio</option>
          <option value="request">Request</option>
        </Select>
      </Field>
      <Field id="price-value" label="Price per unit (USD)" error={err("unitPrice")}>
        <Input id="price-value" name="unitPrice" inputMode="decimal" aria-invalid={Boolean(err("unitPrice"))} />
      </Field>
      {result.serverError && <p className="text-sm text-red-700">{result.serverError}</p>}
      {hasSucceeded && !isPending && (
        <p role="status" className="text-sm text-emerald-700">
          Saved. New calls use this price.
        </p>
      )}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Saving…" : "Save price"}
      </Button>
    </form>
  );
}
