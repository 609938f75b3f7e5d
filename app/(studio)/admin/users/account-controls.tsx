"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { unlockAccountAction } from "@/lib/actions/users/unlock-account";
import { resetPasswordAction } from "@/lib/actions/users/reset-password";
import { setUserDisabledAction } from "@/lib/actions/users/set-user-disabled";

/**
 * An admin's controls for one account. A reset's password is shown here once (it lives only in this component's
 * state: reloading the page or pressing "Done" forgets it).
 */
export function AccountControls({
  userId,
  name,
  locked,
  disabled,
  isSelf,
}: {
  userId: string;
  name: string;
  locked: boolean;
  disabled: boolean;
  isSelf: boolean;
}) {
  const unlock = useAction(unlockAccountAction);
  const reset = useAction(resetPasswordAction);
  const setDisabled = useAction(setUserDisabledAction);
  const pending = unlock.isPending || reset.isPending || setDisabled.isPending;
  const error = unlock.result.serverError ?? reset.result.serverError ?? setDisabled.result.serverError;
  const password = reset.result.data?.password;
  const [confirming, setConfirming] = useState<"reset" | "disable" | null>(null);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2 whitespace-nowrap">
        {locked && (
          <Button
            size="sm"
            variant="secondary"
            disabled={pending}
            onClick={() => unlock.execute({ userId })}
            aria-label={`Unlock ${name}`}
          >
            Unlock
          </Button>
        )}
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || isSelf}
          title={isSelf ? "You cannot reset your own password; ask another admin." : undefined}
          aria-label={`Reset the password of ${name}`}
          onClick={() => setConfirming("reset")}
        >
          Reset password
        </Button>
        {disabled ? (
          <Button
            size="sm"
            variant="secondary"
            disabled={pending}
            onClick={() => setDisabled.execute({ userId, disabled: false })}
            aria-label={`Enable ${name}`}
          >
            Enable
          </Button>
        ) : (
          <Button
            size="sm"
            variant="danger"
            disabled={pending || isSelf}
            title={isSelf ? "You cannot disable your own account." : undefined}
            aria-label={`Disable ${name}`}
            onClick={() => setConfirming("disable")}
          >
            Disable
          </Button>
        )}
      </div>
      {error && <p className="text-xs text-red-700">{error}</p>}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={confirming === "reset" ? `Give ${name} a new password?` : `Disable ${name}?`}
        confirmLabel={confirming === "reset" ? "Reset password" : "Disable"}
        onConfirm={() =>
          confirming === "reset" ? reset.execute({ userId }) : setDisabled.execute({ userId, disabled: true })
        }
      >
        {confirming === "reset"
          ? "Their current password stops working at once."
          : "They cannot sign in, and their open sessions stop working at their next request."}
      </ConfirmDialog>
      {password && (
        <div
          role="status"
          className="max-w-xs rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p>New password for {name}, shown only now. Hand it over privately; the old one no longer works.</p>
          <code data-testid="one-time-password" className="mt-1 block select-all font-mono text-base">
            {password}
          </code>
          <Button size="sm" variant="ghost" className="mt-2" onClick={() => reset.reset()}>
            Done
          </Button>
        </div>
      )}
    </div>
  );
}
