"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies `text` to the clipboard and says so; where the clipboard is refused it says to copy by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "refused">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState("copied"),
            () => setState("refused"),
          )
        }
      >
        {label}
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {state === "copied"
          ? "Copied."
          : state === "refused"
            ? "The browser refused; select the address and copy it."
            : ""}
      </span>
    </span>
  );
}
