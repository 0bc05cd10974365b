import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// Every server action of the production build, from Next's own list of them: the suite posts to
// each one, and an action it has no cases for is a failure, so a new action cannot slip past.

export interface BuiltAction {
  id: string;
  // "startCheckout", "app/checkout/actions.ts"
  name: string;
  file: string;
  // A page that serves it ("/checkout", "/orders/x"): actions are posted to a page's address.
  path: string;
}

type Manifest = {
  node: Record<
    string,
    { workers: Record<string, unknown>; filename?: string; exportedName?: string }
  >;
};

// "app/(auth)/sign-in/page" → "/sign-in"; dynamic segments get a placeholder.
function pathOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? "x" : segment));
  return `/${segments.join("/")}`;
}

export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(
    readFileSync(resolve(".next/server/server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    // Prefer a page of the action's own folder over the many that merely import it.
    const workers = Object.keys(entry.workers).filter((worker) => worker !== "app/_not-found/page");
    const folder = entry.filename?.replace(/\/actions\.ts$/, "") ?? "";
    const own = workers.find((worker) => worker.startsWith(`${folder}/`)) ?? workers[0] ?? "";
    return {
      id,
      name: entry.exportedName ?? id,
      file: entry.filename ?? "?",
      path: pathOf(own),
    };
  });
}
