import type { Role } from "@/lib/domain/roles";

export interface NavItem {
  href: string;
  label: string;
  minRole: Role;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Dashboard", minRole: "PRODUCER" },
  { href: "/episodes", label: "Episodes", minRole: "PRODUCER" },
  { href: "/review", label: "Review", minRole: "EDITOR" },
  { href: "/shows", label: "Shows", minRole: "PRODUCER" },
  { href: "/admin", label: "Admin", minRole: "ADMIN" },
];
