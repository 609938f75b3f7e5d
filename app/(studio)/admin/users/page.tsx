import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/list-users";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CreateUserForm } from "./create-user-form";
import { RoleSelect } from "./role-select";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("ADMIN");
  const users = await listUsers(db);
  return (
    <>
      <PageHeader title="Users and roles" description="Producers create episodes, editors also review them, admins also manage people and money." />
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <table className="w-full text-sm" data-testid="users-table">
            <thead className="border-b border-slate-100 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-5 py-3 font-medium">Name</th>
                <th className="px-5 py-3 font-medium">Email</th>
                <th className="px-5 py-3 font-medium">Role</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <tr key={u.id} data-testid="user-row">
                  <td className="px-5 py-3 font-medium">{u.name}</td>
                  <td className="px-5 py-3 text-slate-600">{u.email}</td>
                  <td className="px-5 py-3">
                    <RoleSelect userId={u.id} role={u.role} label={`Role of ${u.name}`} disabled={u.id === me.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <CardHeader>
            <h2 className="font-semibold">Add a person</h2>
          </CardHeader>
          <CardBody>
            <CreateUserForm />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
