import { connection } from "next/server";

// Baseline of the page benchmark: a page rendered per request with nothing in it, inside the
// storefront's own layout. What any page of this app costs before its content. scripts/bench
// copies it into the benchmark's own build as app/bench/empty/page.tsx.
export default async function EmptyPage() {
  await connection();
  return null;
}
