"use server";

import { redirect } from "next/navigation";

// Baseline of the checkout benchmark: a form action that does nothing but redirect to Fintoc's
// page, so the figures show what the framework costs before the storefront's own work. The
// address is the benchmark's emulator (BENCH_EMULATOR_URL in scripts/bench/servers.ts).
export async function redirectToFintoc(_state: null, formData: FormData): Promise<null> {
  redirect(`http://localhost:4600/checkout/bench-${String(formData.get("checkoutToken"))}`);
}
