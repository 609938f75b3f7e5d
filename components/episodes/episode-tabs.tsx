"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { Tabs } from "radix-ui";
import { cn } from "@/lib/cn";

export interface EpisodeTab {
  key: string;
  label: string;
  content: ReactNode;
}

/** The episode's views as tabs; the open one is kept in the URL (?tab=…) so it can be linked and survives reloads. */
export function EpisodeTabs({ tabs }: { tabs: EpisodeTab[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const requested = search.get("tab");
  const value = tabs.some((t) => t.key === requested) ? requested! : tabs[0]!.key;
  return (
    <Tabs.Root
      value={value}
      onValueChange={(next) => {
        const params = new URLSearchParams(search);
        params.set("tab", next);
        router.replace(`${pathname}?${params}`, { scroll: false });
      }}
    >
      <Tabs.List aria-label="Episode views" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((t) => (
          <Tabs.Trigger
            key={t.key}
            value={t.key}
            className={cn(
              "-mb-px rounded-t-md border-b-2 border-transparent px-3 py-2.5 text-sm md:py-2 font-medium text-slate-600 hover:text-slate-900",
              "focus-visible:outline-2 focus-visible:outline-brand-600 data-[state=active]:border-brand-600 data-[state=active]:text-brand-700",
            )}
          >
            {t.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Content key={t.key} value={t.key} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          {t.content}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
