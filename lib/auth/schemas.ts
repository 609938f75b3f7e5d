import { z } from "zod";
import { idSchema, refuseUnsafeText } from "@/lib/domain/bounded-input";
import { roleSchema } from "@/lib/domain/roles";

// 254 characters is the most an address can have (RFC 5321).
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Enter a valid email address.")
  .pipe(z.email("Enter a valid email address."));

export const signInSchema = refuseUnsafeText(
  z.object({
    email: emailSchema,
    password: z.string().min(1, "Enter your password.").max(200),
  }),
);

export const passwordSchema = z
  .string()
  .min(12, "Passwords need at least 12 characters.")
  .max(200, "Passwords can be at most 200 characters.");

export const createUserSchema = refuseUnsafeText(
  z.object({
    email: emailSchema,
    name: z.string().trim().min(1, "Enter a name.").max(100),
    role: roleSchema,
    password: passwordSchema,
  }),
);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = refuseUnsafeText(
  z.object({
    userId: idSchema("user"),
    role: roleSchema,
  }),
);
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const userIdSchema = refuseUnsafeText(z.object({ userId: idSchema("user") }));
export type UserIdInput = z.infer<typeof userIdSchema>;

export const setUserDisabledSchema = refuseUnsafeText(z.object({ userId: idSchema("user"), disabled: z.boolean() }));
export type SetUserDisabledInput = z.infer<typeof setUserDisabledSchema>;
