import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { generatePassword } from "@/lib/auth/password";
import { createUser } from "@/lib/users/create-user";
import { DEMO_HOSTS, DEMO_SHOW, DEMO_SHOW_BUDGET, WORKSPACE_BUDGET } from "./demo-show";
import { DEFAULT_PRICES, DEFAULT_PRICES_EFFECTIVE_FROM } from "@/lib/costs/default-prices";

export interface SeededCredential {
  email: string;
  role: Role;
  password: string;
}

const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "producer@showrunner.local", name: "Priya Producer", role: "PRODUCER" },
  { email: "editor@showrunner.local", name: "Eddie Editor", role: "EDITOR" },
  { email: "admin@showrunner.local", name: "Ada Admin", role: "ADMIN" },
];

/**
 * Seeds what is missing and nothing twice: users only into an empty user table (their generated passwords are
 * returned once, to print, and stored only as hashes), the demo show and the workspace budget only when absent, and
 * each default price whose (provider, model, unit) has no row yet.
 */
export async function seedDemoWorkspace(
  db: Db,
  passwords: Partial<Record<Role, string>> = {},
): Promise<{ credentials: SeededCredential[] }> {
  const credentials: SeededCredential[] = [];
  if ((await db.user.count()) === 0) {
    for (const u of DEMO_USERS) {
      const password = passwords[u.role] ?? generatePassword();
      await createUser(db, { ...u, password }, null);
      credentials.push({ email: u.email, role: u.role, password });
    }
  }

  await db.$transaction(async (tx) => {
    const priced = new Set(
      (await tx.price.findMany({ select: { provider: true, model: true, unit: true } })).map(
        (p) => `${p.provider}|${p.model}|${p.unit}`,
      ),
    );
    const missing = DEFAULT_PRICES.filter((p) => !priced.has(`${p.provider}|${p.model}|${p.unit}`));
    if (missing.length > 0)
      await tx.price.createMany({ data: missing.map((p) => ({ ...p, effectiveFrom: DEFAULT_PRICES_EFFECTIVE_FROM })) });
    if (!(await tx.budgetPolicy.findFirst({ where: { showId: null } }))) {
      await tx.budgetPolicy.create({ data: WORKSPACE_BUDGET });
    }
    if (!(await tx.show.findUnique({ where: { slug: DEMO_SHOW.slug } }))) {
      await tx.show.create({
        data: {
          ...DEMO_SHOW,
          hosts: { create: DEMO_HOSTS },
          budgetPolicy: { create: DEMO_SHOW_BUDGET },
        },
      });
    }
  });
  return { credentials };
}
