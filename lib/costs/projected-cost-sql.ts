import { Prisma } from "@/lib/generated/prisma/client";

/** lib/domain/projected-cost.ts's rule for one CostEntry row, in SQL, for sums the database makes. */
export const PROJECTED_COST_SQL = Prisma.sql`coalesce("projectedAmount", amount)`;
