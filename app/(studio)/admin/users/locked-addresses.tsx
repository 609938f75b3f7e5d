"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { unlockAddressAction } from "@/lib/actions/users/unlock-address";

/**
 * Addresses (IPv6: /64s) locked out of signing in to any account after too many failures against many emails. The
 * people behind one are told "too many failed sign-ins from this network"; their accounts themselves show as active.
 */
export function LockedAddresses({ locks }: { locks: { address: string; until: Date }[] }) {
  const unlock = useAction(unlockAddressAction);
  if (locks.length === 0) return <p className="text-sm text-slate-500">No address is locked out of signing in.</p>;
  return (
    <div className="space-y-2">
      <ul className="space-y-2" data-testid="locked-addresses">
        {locks.map(({ address, until }) => (
          <li key={address} className="flex items-center justify-between gap-3 text-sm">
            <span>
              <code className="font-mono">{address}</code>
              <span className="block text-xs text-slate-500">
                until{" "}
                <time dateTime={until.toISOString()}>
                  {until.toLocaleTimeString("en", { hour: "2-digit", minute: "2-digit" })}
                </time>
              </span>
            </span>
            <Button
              size="sm"
              variant="secondary"
              disabled={unlock.isPending}
              onClick={() => unlock.execute({ address })}
              aria-label={`Unlock ${address}`}
            >
              Unlock
            </Button>
          </li>
        ))}
      </ul>
      {unlock.result.serverError && <p className="text-xs text-red-700">{unlock.result.serverError}</p>}
    </div>
  );
}
