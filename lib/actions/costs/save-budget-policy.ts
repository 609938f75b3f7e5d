"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { budgetPolicySchema } from "@/lib/costs/schemas";
import { db } from "@/lib/db";
import { saveBudgetPolicy } from "@/lib/costs/save-budget-policy";

export const saveBudgetPolicyAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(budgetPolicySchema)
  .action(async ({ parsedInput, ctx }) => {
    const policy = await saveBudgetPolicy(db, parsedInput, ctx.user);
    revalidatePath("/admin/budgets");
    revalidatePath("/admin");
    return { id: policy.id };
  });
