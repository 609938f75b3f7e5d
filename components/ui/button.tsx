"use client";

import type { VariantProps } from "class-variance-authority";
import type { ButtonHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { buttonVariants } from "./button-variants";
import { useHydrated } from "./use-hydrated";

/**
 * Disabled until the page has hydrated: before that a click runs no handler and a submit would post the form
 * natively (its fields in the address), so the button waits until it can do what it says.
 */
export function Button({
  className,
  variant,
  size,
  disabled,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonVariants>) {
  const hydrated = useHydrated();
  return (
    <button className={cn(buttonVariants({ variant, size }), className)} disabled={disabled || !hydrated} {...props} />
  );
}
