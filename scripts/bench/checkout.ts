import type { Pool } from "pg";
import { signCartId } from "@/lib/cart/signing";
import { REDIRECT_ACTION_PAGE } from "./app-build";
import { withServerCpu } from "./cpu";
import { createGuestCarts } from "./fixtures";
import { formPosts, type Post } from "./form-posts";
import { expectStatus, type HttpClient } from "./http";
import { percentile, runLoad, type LoadResult } from "./load";
import { BENCH_APP_URL, BENCH_EMULATOR_URL, BENCH_SECRETS } from "./servers";
import type { TimingProxy } from "./timing-proxy";

// The checkout action, timed as a shopper without JavaScript would post it: the form from
// /checkout submitted as multipart/form-data, up to the 303 that sends them to Fintoc's page.
// Each post has its own guest cart and form token, so each creates a new order and a new
// Checkout Session. One at a time (concurrency 1), so that the timing proxy's tally during a post
// is that post's wait for Fintoc; the rest is our own time, framework included. The framework's
// share shows in the baseline: the same kind of form, in the same layout, whose action only
// redirects (bench/action).

const REQUESTS = 150;
const WARM_UP = 15;

type Percentiles = { p50: number; p95: number };

export interface CheckoutFigures {
  requests: number;
  errors: number;
  firstError: string | null;
  fintocCallsPerCheckout: number;
  total: Percentiles;
  fintoc: Percentiles;
  ours: Percentiles;
  // The storefront's CPU per checkout (the emulator runs in its own process).
  cpuMsPerRequest: number | null;
  redirectOnly: Percentiles & { cpuMsPerRequest: number | null };
}

export interface CheckoutContext {
  app: HttpClient;
  serverPid: number;
  adminPool: Pool;
  proxy: TimingProxy;
}

const cookieFor = (cartId: string) => `guest_cart=${signCartId(cartId, BENCH_SECRETS.AUTH_SECRET)}`;
const p = (values: number[]): Percentiles => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
});

// Warm-up posts first (the last WARM_UP of `posts`), then the measured ones, one at a time.
async function runPosts(
  app: HttpClient,
  serverPid: number,
  path: string,
  posts: Post[],
  afterEach?: () => void,
) {
  const measured = posts.length - WARM_UP;
  const send = async (i: number) => {
    const { cookie, body, contentType } = posts[i]!;
    // A browser sends Origin with every form post; Next checks it against Host for server actions.
    const headers = { cookie, origin: BENCH_APP_URL, "content-type": contentType };
    const response = await app.send("POST", path, headers, body).finally(afterEach);
    return (
      expectStatus(response, 303) &&
      String(response.headers.location).startsWith(`${BENCH_EMULATOR_URL}/checkout/`)
    );
  };
  await runLoad(WARM_UP, 1, (i) => send(measured + i));
  return withServerCpu(serverPid, measured, () => runLoad(measured, 1, send));
}

function reportErrors(name: string, result: LoadResult): void {
  if (result.firstError)
    console.error(`  ${name}: ${result.errors} errors, e.g. ${result.firstError}`);
}

export async function benchCheckout(
  { app, serverPid, adminPool, proxy }: CheckoutContext,
  scale: number,
): Promise<CheckoutFigures> {
  const requests = Math.ceil(REQUESTS * scale);
  const cookies = (await createGuestCarts(adminPool, "checkout", requests + WARM_UP)).map(
    cookieFor,
  );

  const baseline = await runPosts(
    app,
    serverPid,
    REDIRECT_ACTION_PAGE,
    await formPosts(app, REDIRECT_ACTION_PAGE, cookies),
  );
  reportErrors("checkout baseline", baseline.result);

  const waits: { ms: number; requests: number }[] = [];
  proxy.take();
  const checkout = await runPosts(
    app,
    serverPid,
    "/checkout",
    await formPosts(app, "/checkout", cookies),
    () => waits.push(proxy.take()),
  );
  reportErrors("checkout", checkout.result);
  const { result } = checkout;
  const fintoc = waits.slice(WARM_UP).map((wait) => wait.ms);

  return {
    requests,
    errors: result.errors,
    firstError: result.firstError,
    fintocCallsPerCheckout: waits.reduce((sum, wait) => sum + wait.requests, 0) / waits.length,
    total: p(result.latencies),
    fintoc: p(fintoc),
    ours: p(result.latencies.map((total, i) => total - fintoc[i]!)),
    cpuMsPerRequest: checkout.cpuMsPerRequest,
    redirectOnly: { ...p(baseline.result.latencies), cpuMsPerRequest: baseline.cpuMsPerRequest },
  };
}
