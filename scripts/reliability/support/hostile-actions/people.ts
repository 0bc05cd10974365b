import { randomUUID } from "node:crypto";
import { encode } from "@auth/core/jwt";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { signCartId } from "@/lib/cart/signing";
import { SECRETS } from "../../config";

// Who the hostile requests come from and whose things they reach for: a victim with a cart, a
// pending order (and the token of the form that made it), a saved account and a stored webhook
// event; an attacker signed in with a cart of their own; a guest with a cart; an admin for the
// console's input checks. Written straight into the database: what is under test is the
// actions, not how these came to be.

export interface Person {
  userId: string | null;
  cookie: string;
}

export interface Cast {
  victim: Person & {
    cartProductId: string;
    orderId: string;
    checkoutToken: string;
    paymentMethodId: string;
    otherPaymentMethodId: string;
  };
  attacker: Person & { cartProductId: string };
  guest: Person;
  admin: Person;
  stranger: Person;
  productId: string;
  webhookEventId: string;
}

// Auth.js' session cookie (a JWT encrypted with AUTH_SECRET, salted with the cookie's name),
// minted as the sign-in would have.
async function sessionCookie(user: { id: string; email: string; name: string; role: string }) {
  const name = "authjs.session-token";
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, role: user.role },
    secret: SECRETS.AUTH_SECRET,
    salt: name,
  });
  return `${name}=${token}`;
}

async function user(db: PrismaClient, label: string, role: "SHOPPER" | "ADMIN" = "SHOPPER") {
  const made = await db.user.create({
    data: {
      email: `hostile-${label}-${randomUUID().slice(0, 8)}@example.cl`,
      name: `Hostil ${label}`,
      passwordHash: "scrypt$not-a-real-hash",
      role,
    },
  });
  return { userId: made.id, cookie: await sessionCookie(made) };
}

async function cartWith(db: PrismaClient, productId: string, userId: string | null) {
  return db.cart.create({
    data: { userId, items: { create: { productId, quantity: 1 } } },
  });
}

async function savedAccount(db: PrismaClient, userId: string) {
  return db.paymentMethod.create({
    data: {
      id: `pm_hostile_${randomUUID().slice(0, 12)}`,
      userId,
      fintocCustomerId: `cus_hostile_${userId}`,
      status: "ACTIVE",
      institutionId: "cl_banco_estado",
      accountLast4: "4321",
      accountType: "checking_account",
    },
  });
}

export async function castOfHostileSuite(db: PrismaClient): Promise<Cast> {
  const product = await db.product.findFirstOrThrow({
    where: { stock: { gt: 10 } },
    orderBy: { slug: "asc" },
  });
  const victim = await user(db, "victima");
  const victimCart = await cartWith(db, product.id, victim.userId);
  const checkoutToken = randomUUID();
  const order = await db.order.create({
    data: {
      userId: victim.userId,
      cartId: victimCart.id,
      checkoutToken,
      email: "victima@example.cl",
      amount: product.price,
      items: {
        create: {
          productId: product.id,
          name: product.name,
          unitAmount: product.price,
          quantity: 1,
        },
      },
    },
  });
  const method = await savedAccount(db, victim.userId);
  const other = await savedAccount(db, victim.userId);
  await db.user.update({
    where: { id: victim.userId },
    data: { defaultPaymentMethodId: method.id },
  });

  const attacker = await user(db, "atacante");
  await cartWith(db, product.id, attacker.userId);
  const guestCart = await cartWith(db, product.id, null);
  const event = await db.webhookEvent.create({
    data: {
      id: `evt_hostile_${randomUUID().slice(0, 12)}`,
      type: "reliability.ping",
      rawBody: "{}",
      secretIndex: 0,
      outcome: "IGNORED",
      processedAt: new Date(),
    },
  });
  return {
    victim: {
      ...victim,
      cartProductId: product.id,
      orderId: order.id,
      checkoutToken,
      paymentMethodId: method.id,
      otherPaymentMethodId: other.id,
    },
    attacker: { ...attacker, cartProductId: product.id },
    guest: { userId: null, cookie: `guest_cart=${signCartId(guestCart.id, SECRETS.AUTH_SECRET)}` },
    admin: await user(db, "admin", "ADMIN"),
    // Signed in, with no cart, no order and no account: every id it names is someone else's.
    stranger: await user(db, "extrano"),
    productId: product.id,
    webhookEventId: event.id,
  };
}
