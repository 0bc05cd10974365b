import { getFintoc, type Fintoc, type FintocWidget } from "@fintoc/fintoc-js";

// Loading Fintoc's widget in the browser. @fintoc/fintoc-js loads https://js.fintoc.com/v1 (its
// URL is fixed) unless window.Fintoc already exists, so in development and tests the emulator's
// script (NEXT_PUBLIC_FINTOC_JS_URL) is loaded first and getFintoc() then returns it.

// What the checkout page hands the browser (lib/checkout/widget-config.ts) and what the
// checkout actions return for "Pagar aquí": never more than the public key and the token.
export type WidgetConfig = { publicKey: string; scriptUrl: string | null };
export type WidgetHandOver = { orderId: string; sessionToken: string };

export type { Fintoc, FintocWidget };

export type LoadResult = { ok: true; fintoc: Fintoc } | { ok: false };

export type LoaderDeps = {
  getFintoc: () => Promise<Fintoc | null>;
  injectScript: (url: string) => Promise<void>;
  alreadyLoaded: () => boolean;
  // A script that neither loads nor fails (a stalled network) counts as failed after this.
  timeoutMs: number;
};

function injectScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.async = true;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error(`could not load ${url}`)));
    document.head.appendChild(script);
  });
}

const browser: LoaderDeps = {
  getFintoc,
  injectScript,
  alreadyLoaded: () => "Fintoc" in window,
  timeoutMs: 15_000,
};

// Never throws: any failure is { ok: false }, and the page offers Fintoc's hosted page instead.
// (getFintoc() keeps a failed load failed until the page reloads.)
export async function loadFintoc(
  scriptUrl: string | null,
  deps: LoaderDeps = browser,
): Promise<LoadResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), deps.timeoutMs);
  });
  const load = (async () => {
    if (scriptUrl && !deps.alreadyLoaded()) await deps.injectScript(scriptUrl);
    return deps.getFintoc();
  })();
  try {
    const fintoc = await Promise.race([load, timeout]);
    return fintoc && typeof fintoc.create === "function" ? { ok: true, fintoc } : { ok: false };
  } catch {
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}
