import { describe, expect, it } from "vitest";
import { bakedEnv } from "@/scripts/reliability/production-build";

// A build is reused only for an environment that bakes in the same: what would differ in the
// build must make the values differ, and what the build does not keep must not.
describe("bakedEnv", () => {
  const base = {
    APP_URL: "http://127.0.0.1:3100",
    NEXT_PUBLIC_FINTOC_PUBLIC_KEY: "pk_test_x",
    NEXT_PUBLIC_FINTOC_JS_URL: "http://127.0.0.1:4110/widget/v1",
    DATABASE_URL: "postgresql://a",
  };

  it("ignores what only the server reads at run time, and the order of variables", () => {
    const other = {
      DATABASE_URL: "postgresql://b",
      NEXT_PUBLIC_FINTOC_JS_URL: base.NEXT_PUBLIC_FINTOC_JS_URL,
      APP_URL: "http://127.0.0.1:3500",
      NEXT_PUBLIC_FINTOC_PUBLIC_KEY: base.NEXT_PUBLIC_FINTOC_PUBLIC_KEY,
    };
    expect(bakedEnv(other)).toBe(bakedEnv(base));
  });

  it("differs for another widget origin, no widget, or an https APP_URL", () => {
    const baked = bakedEnv(base);
    expect(
      bakedEnv({ ...base, NEXT_PUBLIC_FINTOC_JS_URL: "http://127.0.0.1:4700/widget/v1" }),
    ).not.toBe(baked);
    expect(bakedEnv({ APP_URL: base.APP_URL })).not.toBe(baked);
    expect(bakedEnv({ ...base, APP_URL: "https://tienda.example" })).not.toBe(baked);
  });
});
