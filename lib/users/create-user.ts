import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { createUserSchema, type CreateUserInput } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export async function createUser(db: Db, input: CreateUserInput, actorId: string | null) {
  const data = createUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: { id: true, email: true, name: true, role: true, createdAt: true },
      });
      await recordAudit(tx, {
        actorId,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        data: { email: user.email, role: user.role },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError(`A user with the email ${data.email} already exists.`);
    }
    throw error;
  }
}
