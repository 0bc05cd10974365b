"use server";

import { redirect } from "next/navigation";

// Baseline of the checkout benchmark: a form action that does nothing but redirect to Fintoc's
// page, so the figures show what the framework costs before the storefront's own work. The
// address is the benchmark's emulator's hosted page (BENCH_FINTOC_PAGE_URL, set by
// scripts/bench/servers.ts).
export async function redirectToFintoc(_state: null, formData: FormData): Promise<null> {
  redirect(
    `${process.env.BENCH_FINTOC_PAGE_URL}/checkout/bench-${String(formData.get("checkoutToken"))}`,
  );
}
