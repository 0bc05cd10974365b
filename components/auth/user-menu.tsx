import { signOutAction } from "@/app/(auth)/actions";
import { getSessionUser } from "@/lib/auth";
import { AccountMenu } from "./account-menu";
import { SignInLink } from "./sign-in-link";

// The header's account corner: the signed-in user's menu, or the way in.
export async function UserMenu() {
  const user = await getSessionUser();
  if (!user) return <SignInLink />;
  return (
    <AccountMenu name={user.name} email={user.email} isAdmin={user.role === "ADMIN"} signOutAction={signOutAction} />
  );
}
