"use client";

import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { Menu, X } from "lucide-react";
import { cn } from "@/lib/cn";

const PANEL_ID = "studio-nav";

/**
 * The sidebar from `md` up; below it, a top bar whose menu button opens the same sidebar as a panel over the page,
 * closed again by choosing a link, by navigating, or by Escape (focus then goes back to the button).
 */
export function CollapsibleSidebar({ brand, children }: { brand: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownPath, setShownPath] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);

  // Closed on navigation however it happened (a link, back/forward, a redirect after an action).
  if (pathname !== shownPath) {
    setShownPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  // A link to the page already shown does not change the path: close on the click itself.
  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest("a")) setOpen(false);
  };

  return (
    <>
      <header className="sticky top-0 z-40 flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4 md:hidden">
        {brand}
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={PANEL_ID}
          aria-label={open ? "Close menu" : "Open menu"}
          data-testid="menu-button"
          onClick={() => setOpen((was) => !was)}
          className="-mr-2 inline-flex size-11 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
        >
          {open ? <X aria-hidden className="size-6" /> : <Menu aria-hidden className="size-6" />}
        </button>
      </header>
      <aside
        id={PANEL_ID}
        onClick={closeOnLink}
        className={cn(
          "flex-col border-slate-200 bg-white",
          // Phone: a panel under the top bar, over the page. From md: the sidebar.
          "fixed inset-x-0 top-14 bottom-0 z-30 overflow-y-auto",
          "md:static md:z-auto md:flex md:w-56 md:shrink-0 md:overflow-visible md:border-r",
          open ? "flex" : "hidden",
        )}
      >
        <div className="hidden px-5 py-5 md:block">{brand}</div>
        {children}
      </aside>
    </>
  );
}
