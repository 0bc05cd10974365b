import { describe, expect, it, vi } from "vitest";
import { loadFintoc, type Fintoc, type LoaderDeps } from "@/lib/checkout/fintoc-widget";

const fintoc: Fintoc = { create: () => ({ open() {}, close() {}, destroy() {} }) };

function deps(overrides: Partial<LoaderDeps> = {}): LoaderDeps {
  return {
    getFintoc: vi.fn(async () => fintoc),
    injectScript: vi.fn(async () => {}),
    alreadyLoaded: () => false,
    timeoutMs: 200,
    ...overrides,
  };
}

describe("loadFintoc", () => {
  it("loads the configured (emulator's) script first, then takes window.Fintoc through getFintoc", async () => {
    const d = deps();
    expect(await loadFintoc("http://localhost:4010/widget/v1", d)).toEqual({ ok: true, fintoc });
    expect(d.injectScript).toHaveBeenCalledWith("http://localhost:4010/widget/v1");
    expect(d.getFintoc).toHaveBeenCalledOnce();
  });

  it("leaves loading to @fintoc/fintoc-js when no script is configured, or it is already there", async () => {
    for (const d of [deps(), deps({ alreadyLoaded: () => true })]) {
      const url = d.alreadyLoaded() ? "http://localhost:4010/widget/v1" : null;
      expect(await loadFintoc(url, d)).toMatchObject({ ok: true });
      expect(d.injectScript).not.toHaveBeenCalled();
    }
  });

  it("falls back (ok: false) when the script fails to load", async () => {
    const d = deps({ injectScript: vi.fn(async () => Promise.reject(new Error("404"))) });
    expect(await loadFintoc("http://localhost:4010/widget/v1", d)).toEqual({ ok: false });
    expect(d.getFintoc).not.toHaveBeenCalled();
  });

  it("falls back when getFintoc rejects (Fintoc's script unreachable) or finds no Fintoc", async () => {
    const rejected = deps({
      getFintoc: vi.fn(async () => Promise.reject(new Error("Failed to load Fintoc.js"))),
    });
    expect(await loadFintoc(null, rejected)).toEqual({ ok: false });
    expect(await loadFintoc(null, deps({ getFintoc: async () => null }))).toEqual({ ok: false });
    const broken = deps({ getFintoc: async () => ({}) as Fintoc });
    expect(await loadFintoc(null, broken)).toEqual({ ok: false });
  });

  it("falls back when the script neither loads nor fails in time", async () => {
    const d = deps({ injectScript: () => new Promise<void>(() => {}), timeoutMs: 20 });
    expect(await loadFintoc("http://localhost:4010/widget/v1", d)).toEqual({ ok: false });
  });
});
