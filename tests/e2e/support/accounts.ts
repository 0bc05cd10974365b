import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";

export type Person = { name: string; email: string; password: string; rut: string };

export function newPerson(): Person {
  return {
    name: "Camila Soto",
    email: `e2e-${randomUUID().slice(0, 8)}@example.cl`,
    password: "una frase larga",
    rut: "41.614.850-3",
  };
}

// Each test signs in from its own client address, so the per-address sign-in limit of one test
// never spills into another.
export async function signInFromOwnAddress(page: Page) {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${octet()}.${octet()}` });
}

export async function signUp(page: Page, person: Person) {
  await signInFromOwnAddress(page);
  await page.goto("/sign-up");
  await page.getByLabel("Nombre").fill(person.name);
  await page.getByLabel("Correo electrónico").fill(person.email);
  await page.getByLabel("Contraseña", { exact: true }).fill(person.password);
  await page.getByLabel("RUT (opcional)").fill(person.rut);
  await page.getByRole("button", { name: "Crear cuenta", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
}

// The header's account menu is the same disclosure on a phone and on a desktop (only the first
// name next to the avatar is hidden on a phone), so a person gets around the same way on both.
export async function openFromAccountMenu(
  page: Page,
  link: "Mi cuenta" | "Mis pedidos" | "Mis suscripciones" | "Cuentas guardadas",
) {
  await page.getByTestId("user-menu").click();
  // Scoped to the menu: the account pages have their own tabs with the same names.
  await page
    .getByRole("navigation", { name: "Tu cuenta", exact: true })
    .getByRole("link", { name: link })
    .click();
}
