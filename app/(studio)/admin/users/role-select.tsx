"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { Select } from "@/components/ui/field";
import { changeUserRoleAction } from "@/lib/actions/users/change-user-role";

export function RoleSelect({
  userId,
  role,
  label,
  disabled,
}: {
  userId: string;
  role: Role;
  label: string;
  disabled?: boolean;
}) {
  const [value, setValue] = useState<Role>(role);
  const { execute, isPending, result } = useAction(changeUserRoleAction, {
    onError: () => setValue(role),
  });
  return (
    <div>
      <Select
        aria-label={label}
        value={value}
        disabled={disabled || isPending}
        title={disabled ? "You cannot change your own role." : undefined}
        onChange={(e) => {
          const next = e.target.value as Role;
          setValue(next);
          execute({ userId, role: next });
        }}
        className="w-36"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
      {result.serverError && <p className="mt-1 text-xs text-red-700">{result.serverError}</p>}
    </div>
  );
}
