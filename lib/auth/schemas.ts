import { z } from "zod";
import { roleSchema } from "@/lib/domain/roles";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address."));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const passwordSchema = z
  .string()
  .min(12, "Passwords need at least 12 characters.")
  .max(200, "Passwords can be at most 200 characters.");

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(100),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({
  userId: z.string().min(1),
  role: roleSchema,
});
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
