import { cva } from "class-variance-authority";

/** The button look, also for links that act as buttons (server components use it without the client Button). */
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium transition-colors disabled:pointer-events-none disabled:opacity-50",
  {
    variants: {
      variant: {
        primary: "bg-brand-600 text-white hover:bg-brand-700",
        secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
        ghost: "text-slate-700 hover:bg-slate-100",
        danger: "bg-red-600 text-white hover:bg-red-700",
      },
      // At least 40 px tall below md, where a finger presses them; the compact sizes from md up.
      size: { sm: "h-10 px-3 md:h-8", md: "h-10 px-4 md:h-9", lg: "h-10 px-5" },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);
