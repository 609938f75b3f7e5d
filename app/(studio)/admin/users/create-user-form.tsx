"use client";

import { useAction } from "next-safe-action/hooks";
import { useRef } from "react";
import { ROLES, ROLE_LABELS } from "@/lib/domain/roles";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createUserAction } from "@/lib/actions/users/create-user";

export function CreateUserForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const { execute, isPending, result, hasSucceeded } = useAction(createUserAction, {
    onSuccess: () => formRef.current?.reset(),
  });
  const fieldError = (name: "email" | "name" | "password" | "role") => result.validationErrors?.[name]?._errors?.[0];

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        execute({
          name: String(form.get("name") ?? ""),
          email: String(form.get("email") ?? ""),
          role: String(form.get("role") ?? "PRODUCER") as (typeof ROLES)[number],
          password: String(form.get("password") ?? ""),
        });
      }}
    >
      <Field id="new-name" label="Name" error={fieldError("name")}>
        <Input id="new-name" name="name" required aria-invalid={Boolean(fieldError("name"))} />
      </Field>
      <Field id="new-email" label="Email" error={fieldError("email")}>
        <Input id="new-email" name="email" type="email" required aria-invalid={Boolean(fieldError("email"))} />
      </Field>
      <Field id="new-role" label="Role">
        <Select id="new-role" name="role" defaultValue="PRODUCER">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="new-password"
        label="Initial password"
        error={fieldError("password")}
        hint="At least 12 characters. Share it privately."
      >
        <Input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={Boolean(fieldError("password"))}
        />
      </Field>
      {result.serverError && <p className="text-sm text-red-700">{result.serverError}</p>}
      {hasSucceeded && !isPending && (
        <p className="text-sm text-emerald-700" role="status">
          Added. They can sign in now.
        </p>
      )}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Adding…" : "Add person"}
      </Button>
    </form>
  );
}
