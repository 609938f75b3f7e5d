import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { listUsers, USERS_PAGE_MAX } from "@/lib/users/list-users";
import { PageHeader } from "@/components/ui/page-header";
import { Card, TitledCard } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { CreateUserForm } from "./create-user-form";
import { RoleSelect } from "./role-select";
import { accountStatus } from "@/lib/domain/account-status";
import { AccountStatusBadge } from "./account-status-badge";
import { AccountControls } from "./account-controls";
import { LockedAddresses } from "./locked-addresses";
import { signInAddressLocks } from "@/lib/auth/sign-in-limiter";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("ADMIN");
  const [{ users, nextAfter }, addressLocks] = await Promise.all([
    listUsers(db, { limit: USERS_PAGE_MAX }),
    signInAddressLocks(db),
  ]);
  return (
    <>
      <PageHeader
        title="Users and roles"
        description="Producers create episodes, editors also review them, admins also manage people and money."
      />
      <div className="grid grid-cols-1 items-start gap-6 2xl:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <Card>
          <DataTable
            testId="users-table"
            columns={[
              { label: "Name" },
              { label: "Email" },
              { label: "Role" },
              { label: "Status" },
              { label: "Account", srOnly: true },
            ]}
          >
            {users.map((u) => {
              const status = accountStatus(u);
              return (
                <tr key={u.id} data-testid="user-row">
                  <td className="px-5 py-3 font-medium">{u.name}</td>
                  <td className="px-5 py-3 text-slate-600">{u.email}</td>
                  <td className="px-5 py-3">
                    <RoleSelect userId={u.id} role={u.role} label={`Role of ${u.name}`} disabled={u.id === me.id} />
                  </td>
                  <td className="px-5 py-3" data-testid="user-status">
                    <AccountStatusBadge status={status} />
                  </td>
                  <td className="px-5 py-3">
                    <AccountControls
                      userId={u.id}
                      name={u.name}
                      locked={status.kind === "locked"}
                      disabled={status.kind === "disabled"}
                      isSelf={u.id === me.id}
                    />
                  </td>
                </tr>
              );
            })}
          </DataTable>
          {nextAfter && (
            <p className="px-5 py-3 text-sm text-slate-500">
              Showing the first {USERS_PAGE_MAX} people; GET /api/admin/users pages through all of them.
            </p>
          )}
        </Card>
        <div className="space-y-6">
          <TitledCard title="Add a person">
            <CreateUserForm />
          </TitledCard>
          <TitledCard title="Locked addresses">
            <LockedAddresses locks={addressLocks} />
          </TitledCard>
        </div>
      </div>
    </>
  );
}
