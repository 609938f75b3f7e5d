import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Showrunner", template: "%s · Showrunner" },
  description: "Produce researched, brand-consistent podcast episodes with AI, reviewed by people.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, even the 404 page: Next puts the response's CSP nonce (proxy.ts) on its scripts only then;
  // a page prerendered at build time would carry scripts without it, which the policy blocks.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
