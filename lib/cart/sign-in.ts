import "server-only";
import { forgetGuestCart, readGuestCartId } from "./guest-cookie";
import { mergeGuestCartIntoUser } from "./merge";

// For the sign-in flow (a server action): whatever this browser put in its cart as a guest
// moves into the user's cart, and the browser stops pointing at the deleted guest cart.
export async function adoptGuestCart(userId: string): Promise<void> {
  const guestCartId = await readGuestCartId();
  if (!guestCartId) return;
  await mergeGuestCartIntoUser(guestCartId, userId);
  await forgetGuestCart();
}
