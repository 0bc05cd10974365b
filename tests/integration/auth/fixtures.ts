import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import { db } from "@/lib/db";

// Every test makes its own people, emails and addresses, so files can share one database.

export function uniqueEmail(label = "persona"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.cl`;
}

export function uniqueAddress(): string {
  return `198.51.100.${randomUUID().slice(0, 6)}`;
}

// The real cost (64 MiB, about half a second here) would make each wrong-password test take
// seconds. The cost travels inside the stored hash, so verifyPassword checks these cheap ones
// with the same code path; sign-up's own test checks the real parameters.
function cheapScryptHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, { N: 1024, r: 8, p: 1 });
  return ["scrypt", 1024, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function createUser({
  password = "clave de prueba",
  name = "Persona de Prueba",
} = {}) {
  const email = uniqueEmail();
  const user = await db.user.create({
    data: { email, name, passwordHash: cheapScryptHash(password) },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password };
}
