import { EMPTY_PAGE } from "./app-build";
import { withServerCpu } from "./cpu";
import { expectStatus, type HttpClient } from "./http";
import { runLoad, summarize, type Summary } from "./load";

// The catalog and a product page at concurrency 16, against a static file from public/ served by
// the same `next start` (the most the server can answer on this machine). Both pages are cached
// whole (README, "What is cached"), so this measures serving a cached page. A second reference,
// an empty page rendered per request in the storefront's layout (bench/empty-page.tsx), shows
// what a page rendered on every request costs before its content.

const CONCURRENCY = 16;
export const PAGE_REQUESTS = 500;
export const STATIC_REQUESTS = 1500;
const WARM_UP = 100;

export interface PageFigures extends Summary {
  name: string;
  path: string;
  // Requests per second as a share of the static file's.
  vsStatic: number | null;
  // Size of one answer on the wire (gzip, as browsers ask for it).
  bytes: number;
  cpuMsPerRequest: number | null;
}

export async function measurePage(
  app: HttpClient,
  serverPid: number,
  path: string,
  requests: number,
) {
  let bytes = 0;
  const get = async () => {
    const response = await app.send("GET", path, { "accept-encoding": "gzip" });
    bytes = response.size;
    return expectStatus(response, 200);
  };
  await runLoad(WARM_UP, CONCURRENCY, get);
  const { result, cpuMsPerRequest } = await withServerCpu(serverPid, requests, () =>
    runLoad(requests, CONCURRENCY, get),
  );
  if (result.firstError)
    console.error(`  ${path}: ${result.errors} errors, e.g. ${result.firstError}`);
  return { ...summarize(result), bytes, cpuMsPerRequest };
}

// The static baseline is the product's own image, a file in public/.
export async function benchPages(
  app: HttpClient,
  serverPid: number,
  product: { slug: string; imagePath: string },
  scale: number,
): Promise<PageFigures[]> {
  const targets = [
    { name: "static file (baseline)", path: product.imagePath, requests: STATIC_REQUESTS },
    { name: "empty page, same layout", path: EMPTY_PAGE, requests: PAGE_REQUESTS },
    { name: "catalog", path: "/", requests: PAGE_REQUESTS },
    { name: "product page", path: `/products/${product.slug}`, requests: PAGE_REQUESTS },
  ];
  const figures: PageFigures[] = [];
  for (const target of targets) {
    const summary = await measurePage(
      app,
      serverPid,
      target.path,
      Math.ceil(target.requests * scale),
    );
    figures.push({ name: target.name, path: target.path, ...summary, vsStatic: null });
  }
  const baseline = figures[0]!.perSecond;
  for (const page of figures.slice(1)) page.vsStatic = page.perSecond / baseline;
  return figures;
}
