import { expect, it } from "vitest";
import { waitInSpanish } from "@/lib/limits/wait-message";

it("says how long to wait in seconds under a minute, else in whole minutes rounded up", () => {
  expect(waitInSpanish(0.2)).toBe("1 segundo");
  expect(waitInSpanish(45)).toBe("45 segundos");
  expect(waitInSpanish(60)).toBe("1 minuto");
  expect(waitInSpanish(61)).toBe("2 minutos");
  expect(waitInSpanish(599)).toBe("10 minutos");
});
