"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import {
  fail,
  invalidInputMessage,
  succeed,
  validatedAction,
  type ActionFailure,
} from "@/lib/actions";
import { safeCallbackPath, signIn, SignInRateLimited, signOut } from "@/lib/auth";
import { deadLinkMessage } from "@/lib/auth/password-reset/messages";
import { resetPasswordWithToken } from "@/lib/auth/password-reset/reset";
import { requestPasswordReset } from "@/lib/auth/password-reset/request";
import {
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/schemas";
import { tooManyAttemptsMessage } from "@/lib/auth/sign-in-throttle";
import { getUserIdByEmailOrNull, registerUser } from "@/lib/auth/users";
import { adoptGuestCart } from "@/lib/cart/sign-in";
import { requestAddress } from "@/lib/limits/request-address";
import { allowSignUp } from "@/lib/limits/sign-ups";

// The same words whether the email has no account or the password is wrong: the sign-in form
// must not tell anyone which emails are registered.
const wrongCredentials = "Correo o contraseña incorrectos.";

// Null when the session cookie is now set. authorize() in lib/auth/config.ts does the checking.
async function startSession(email: string, password: string): Promise<ActionFailure | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    if (error instanceof SignInRateLimited)
      return fail(tooManyAttemptsMessage(error.retryAfterSeconds));
    if (error instanceof AuthError) return fail(wrongCredentials);
    throw error;
  }
}

export const signInAction = validatedAction(
  signInSchema,
  async ({ email, password, callbackUrl }) => {
    const failure = await startSession(email, password);
    if (failure) return failure;
    const userId = await getUserIdByEmailOrNull(email);
    if (userId) await adoptGuestCart(userId);
    redirect(safeCallbackPath(callbackUrl));
  },
);

export const signUpAction = validatedAction(signUpSchema, async ({ callbackUrl, ...input }) => {
  const allowed = await allowSignUp();
  if (!allowed.ok) return fail(allowed.error);
  const registration = await registerUser(input);
  if (!registration.ok) {
    return fail(invalidInputMessage, {
      email: ["Ya existe una cuenta con este correo. Ingresa con tu contraseña."],
    });
  }
  const failure = await startSession(input.email, input.password);
  if (failure) {
    // Only the per-address limit can stop a brand-new account from signing in.
    return fail(`Tu cuenta quedó creada, pero no pudimos iniciar tu sesión. ${failure.error}`);
  }
  await adoptGuestCart(registration.userId);
  redirect(safeCallbackPath(callbackUrl));
});

// The same success whether or not the email has an account (lib/auth/password-reset/request.ts):
// the form then says "if there is an account, we sent a link".
export const forgotPasswordAction = validatedAction(forgotPasswordSchema, async ({ email }) => {
  const outcome = await requestPasswordReset({ email, address: await requestAddress() });
  return outcome.ok ? succeed() : fail(outcome.error);
});

// A dead link's submit says which way it died; the page beside the form offers a new one.
// Every session of the account is signed out by the reset, this browser's too: it goes to
// sign in with the new password.
export const resetPasswordAction = validatedAction(
  resetPasswordSchema,
  async ({ token, password }) => {
    const result = await resetPasswordWithToken(token, password);
    if (!result.ok) return fail(deadLinkMessage(result.reason));
    redirect("/sign-in?reset=done");
  },
);

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
