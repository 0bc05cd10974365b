import Link from "next/link";

// Placeholder until sign-in exists: the accounts work replaces it with the signed-in user's menu.
export function UserMenu() {
  return (
    <Link href="/sign-in" className="text-sm font-medium hover:underline">
      Ingresar
    </Link>
  );
}
