import { randomUUID } from "node:crypto";
import { form, type ActionCall } from "./action-request";
import type { BuiltAction } from "./manifest";
import type { Cast, Person } from "./people";

// What every server action is sent: the same hostile variations of a form that is otherwise
// right (no FormData at all, no fields, each field as a file, each field 100 000 characters
// long, a foreign Origin, a body over Next's 1 MB limit), and what only that action invites (someone else's order, saved
// account or form token; a guest where a shopper must be; a shopper where an admin must be).
// Each must be refused with a clear message (or, before the action runs, an HTTP error), change
// no row and send nothing to Fintoc.

export type Expectation =
  // The action answered { ok: false, error } with a sentence, matching `error` if given; or,
  // with `signIn`, the signed-in area sent a guest to sign in before the action ran.
  | { refused: true; error?: RegExp; signIn?: boolean }
  // Refused before the action ran: a 4xx or 5xx status, no redirect.
  | { rejected: true }
  // An action with nothing to refuse (signing out): it may answer as it likes, short of a
  // server error, and still changes nothing.
  | { harmless: true };

export interface ActionCase {
  kind: string;
  action: string;
  call: Omit<ActionCall, "actionId" | "path">;
  expect: Expectation;
}

// How each action is reached: who may call it (so the variations get past the session check to
// the input's), fields that would pass (never sent as they are: only their variations), and
// the cases of its own. An action of the build that is
// missing here fails the suite: add it, with its cases.
interface ActionPlan {
  // Who may call it, when it is not everyone: a guest (and, for "admin", a shopper) is then
  // sent the plan's fields and must be refused for who they are.
  signedIn?: "shopper" | "admin";
  caller: (cast: Cast) => Person;
  fields: (cast: Cast) => Record<string, string>;
  own: (
    cast: Cast,
  ) => [kind: string, caller: Person, fields: Record<string, string>, error?: RegExp][];
}

const signedOut = /^Tu sesión expiró/;
const notYourAccount = /^No encontramos esa cuenta entre las tuyas/;
const adminOnly = /^Esta acción es solo para la administración/;
const checkoutFields = () => ({
  email: "atacante@example.cl",
  rut: "",
  checkoutToken: randomUUID(),
});
const setupFields = () => ({
  institutionId: "cl_banco_estado",
  holderRut: "12.345.678-5",
  formToken: randomUUID(),
});

// A reset link's token has the shape of 32 bytes in base64url; a random one matches no row.
const randomToken = () =>
  Buffer.from(randomUUID() + randomUUID())
    .toString("base64url")
    .slice(0, 43);
const resetFields = (token: string) => ({
  token,
  password: "una frase larga",
  passwordConfirmation: "una frase larga",
});

// An action on an order by id: another shopper's, a guest's, or no order at all, each refused
// with the same not-found (an order id alone never opens an order).
const someoneElsesOrder = (cast: Cast): ReturnType<ActionPlan["own"]> => [
  [
    "the victim's order, by another shopper",
    cast.attacker,
    { orderId: cast.victim.orderId },
    /No encontramos ese pedido/,
  ],
  [
    "the victim's order, by a guest",
    cast.guest,
    { orderId: cast.victim.orderId },
    /No encontramos ese pedido/,
  ],
  [
    "an order that does not exist",
    cast.attacker,
    { orderId: randomUUID() },
    /No encontramos ese pedido/,
  ],
];

const subscribeFields = () => ({ planSlug: "caja-mensual-de-cafe", formToken: randomUUID() });

const refundFields = (orderId: string) => ({
  orderId,
  requestToken: randomUUID(),
  scope: "all",
  amount: "",
  reason: "Devolución pedida por el cliente",
  confirmed: "yes",
});

export const actionPlans: Record<string, ActionPlan> = {
  addToCart: {
    caller: (cast) => cast.guest,
    fields: (cast) => ({ productId: cast.productId, quantity: "1" }),
    own: (cast) => [
      ["an unknown product", cast.guest, { productId: randomUUID(), quantity: "1" }],
      ["a negative quantity", cast.guest, { productId: cast.productId, quantity: "-3" }],
      ["a fractional quantity", cast.guest, { productId: cast.productId, quantity: "1.5" }],
      ["a huge quantity", cast.guest, { productId: cast.productId, quantity: "1e12" }],
    ],
  },
  updateCartItemQuantity: {
    caller: (cast) => cast.attacker,
    fields: (cast) => ({ productId: cast.attacker.cartProductId, quantity: "2" }),
    own: (cast) => [
      [
        "more than any line may hold",
        cast.attacker,
        { productId: cast.productId, quantity: "100000" },
      ],
      ["a product not in the cart", cast.attacker, { productId: randomUUID(), quantity: "2" }],
      [
        "no cart at all",
        cast.stranger,
        { productId: cast.productId, quantity: "2" },
        /carrito está vacío/,
      ],
    ],
  },
  removeCartItem: {
    caller: (cast) => cast.attacker,
    fields: (cast) => ({ productId: cast.attacker.cartProductId }),
    own: (cast) => [
      ["a product id of 65 characters", cast.attacker, { productId: "p".repeat(65) }],
    ],
  },
  startCheckout: {
    caller: (cast) => cast.attacker,
    fields: checkoutFields,
    own: (cast) => [
      [
        "the victim's form token, replayed from the attacker's cart",
        cast.attacker,
        { ...checkoutFields(), checkoutToken: cast.victim.checkoutToken },
        /formulario ya no es válido/,
      ],
      [
        "the victim's form token, replayed by a guest",
        cast.guest,
        { ...checkoutFields(), checkoutToken: cast.victim.checkoutToken },
        /formulario ya no es válido/,
      ],
      [
        "saving an account as a guest",
        cast.guest,
        { ...checkoutFields(), saveAccount: "on" },
        /Ingresa a tu cuenta/,
      ],
      [
        "a RUT with a wrong check digit",
        cast.attacker,
        { ...checkoutFields(), rut: "12.345.678-9" },
      ],
      [
        "a form token that is not one",
        cast.attacker,
        { ...checkoutFields(), checkoutToken: "1 OR 1=1" },
      ],
      ["a cart-less shopper", cast.stranger, checkoutFields(), /carrito está vacío/],
      ["a way to pay that does not exist", cast.attacker, { ...checkoutFields(), ui: "popup" }],
    ],
  },
  // After Fintoc's widget closed: the same order again, in the widget or on Fintoc's page.
  payOrderAgainAction: {
    caller: (cast) => cast.attacker,
    fields: (cast) => ({ orderId: cast.victim.orderId, ui: "embedded" }),
    own: (cast) => [
      [
        "the victim's order in the widget, by another shopper",
        cast.attacker,
        { orderId: cast.victim.orderId, ui: "embedded" },
        /No encontramos ese pedido/,
      ],
      [
        "the victim's order on Fintoc's page, by a guest",
        cast.guest,
        { orderId: cast.victim.orderId, ui: "hosted" },
        /No encontramos ese pedido/,
      ],
      [
        "an order that does not exist",
        cast.attacker,
        { orderId: randomUUID(), ui: "embedded" },
        /No encontramos ese pedido/,
      ],
      ["a way to pay that does not exist", cast.attacker, { orderId: randomUUID(), ui: "popup" }],
    ],
  },
  // After the widget closed with a payment started: asks Fintoc about the order.
  checkOrderAfterWidgetExit: {
    caller: (cast) => cast.attacker,
    fields: (cast) => ({ orderId: cast.victim.orderId }),
    own: someoneElsesOrder,
  },
  payWithSavedAccount: {
    signedIn: "shopper",
    caller: (cast) => cast.attacker,
    fields: () => ({ paymentMethodId: "pm_hostile_unknown", checkoutToken: randomUUID() }),
    own: (cast) => [
      [
        "the victim's saved account",
        cast.attacker,
        { paymentMethodId: cast.victim.paymentMethodId, checkoutToken: randomUUID() },
        notYourAccount,
      ],
      [
        "the victim's saved account and form token",
        cast.attacker,
        { paymentMethodId: cast.victim.paymentMethodId, checkoutToken: cast.victim.checkoutToken },
        notYourAccount,
      ],
      [
        "a guest with the victim's saved account",
        cast.guest,
        { paymentMethodId: cast.victim.paymentMethodId, checkoutToken: randomUUID() },
        signedOut,
      ],
    ],
  },
  saveBankAccount: {
    signedIn: "shopper",
    caller: (cast) => cast.attacker,
    fields: setupFields,
    own: (cast) => [
      [
        "a bank Fintoc does not have",
        cast.attacker,
        { ...setupFields(), institutionId: "us_chase" },
      ],
      ["a form token that is not one", cast.attacker, { ...setupFields(), formToken: "again" }],
    ],
  },
  subscribe: {
    signedIn: "shopper",
    caller: (cast) => cast.attacker,
    fields: subscribeFields,
    own: (cast) => [
      [
        "a plan we do not sell",
        cast.attacker,
        { ...subscribeFields(), planSlug: "plan-gratis" },
        /plan ya no está disponible/,
      ],
      ["a plan slug that is SQL", cast.attacker, { ...subscribeFields(), planSlug: "' OR 1=1 --" }],
      ["a form token that is not one", cast.attacker, { ...subscribeFields(), formToken: "x" }],
    ],
  },
  cancelSubscription: {
    signedIn: "shopper",
    caller: (cast) => cast.attacker,
    fields: () => ({ subscriptionId: randomUUID(), confirmed: "yes" }),
    own: (cast) => [
      [
        "a subscription that is not theirs",
        cast.attacker,
        { subscriptionId: randomUUID(), confirmed: "yes" },
        /No encontramos esa suscripción/,
      ],
      ["no confirmation", cast.attacker, { subscriptionId: randomUUID(), confirmed: "no" }],
      ["an id that is not one", cast.attacker, { subscriptionId: "1; DROP", confirmed: "yes" }],
    ],
  },
  setDefaultPaymentMethod: {
    signedIn: "shopper",
    caller: (cast) => cast.attacker,
    fields: (cast) => ({ paymentMethodId: cast.victim.otherPaymentMethodId }),
    own: (cast) => [
      [
        "the victim's other account",
        cast.attacker,
        { paymentMethodId: cast.victim.otherPaymentMethodId },
        notYourAccount,
      ],
    ],
  },
  removePaymentMethod: {
    signedIn: "shopper",
    caller: (cast) => cast.attacker,
    fields: (cast) => ({ paymentMethodId: cast.victim.paymentMethodId }),
    own: (cast) => [
      [
        "the victim's account",
        cast.attacker,
        { paymentMethodId: cast.victim.paymentMethodId },
        notYourAccount,
      ],
    ],
  },
  retryPayment: {
    caller: (cast) => cast.attacker,
    fields: (cast) => ({ orderId: cast.victim.orderId }),
    own: someoneElsesOrder,
  },
  replayWebhookEvent: {
    signedIn: "admin",
    caller: (cast) => cast.admin,
    fields: (cast) => ({ eventId: cast.webhookEventId }),
    own: (cast) => [
      [
        "an event that does not exist",
        cast.admin,
        { eventId: `evt_${randomUUID()}` },
        /No encontramos el evento/,
      ],
    ],
  },
  reconcileNow: {
    signedIn: "admin",
    // Its form has no fields: only who asks can be wrong.
    caller: (cast) => cast.attacker,
    fields: () => ({}),
    own: () => [],
  },
  refundOrder: {
    signedIn: "admin",
    // The victim's order is still pending: an admin's well-formed request is refused too.
    caller: (cast) => cast.admin,
    fields: (cast) => refundFields(cast.victim.orderId),
    own: (cast) => [
      [
        "an order that is not paid",
        cast.admin,
        refundFields(cast.victim.orderId),
        /Solo se puede reembolsar un pedido pagado/,
      ],
      [
        "an order that does not exist",
        cast.admin,
        refundFields(randomUUID()),
        /No encontramos ese pedido/,
      ],
      [
        "a negative part",
        cast.admin,
        { ...refundFields(cast.victim.orderId), scope: "part", amount: "-5000" },
      ],
      [
        "a fractional part",
        cast.admin,
        { ...refundFields(cast.victim.orderId), scope: "part", amount: "10,5" },
      ],
      [
        "an unconfirmed request",
        cast.admin,
        { ...refundFields(cast.victim.orderId), confirmed: "" },
        /Revisa los campos marcados/,
      ],
    ],
  },
  cancelOrderRefund: {
    signedIn: "admin",
    caller: (cast) => cast.admin,
    fields: (cast) => ({ orderId: cast.victim.orderId, refundId: randomUUID() }),
    own: (cast) => [
      [
        "a refund that does not exist",
        cast.admin,
        { orderId: cast.victim.orderId, refundId: randomUUID() },
        /No encontramos ese reembolso/,
      ],
    ],
  },
  // The console's "Volver a encolar": only a dead job, only a failed email, only by a merchant.
  requeueJob: {
    signedIn: "admin",
    caller: (cast) => cast.admin,
    fields: () => ({ jobId: "900000000000000001" }),
    own: (cast) => [
      [
        "a job that does not exist",
        cast.admin,
        { jobId: "900000000000000001" },
        /nada que volver a encolar/,
      ],
      ["a job id that is not a number", cast.admin, { jobId: "1; DELETE FROM jobs" }],
      ["a job id past a bigint", cast.admin, { jobId: "99999999999999999999" }],
    ],
  },
  requeueNotification: {
    signedIn: "admin",
    caller: (cast) => cast.admin,
    fields: () => ({ notificationId: randomUUID() }),
    own: (cast) => [
      [
        "an email that does not exist",
        cast.admin,
        { notificationId: randomUUID() },
        /nada que volver a encolar/,
      ],
      ["an email id that is not a UUID", cast.admin, { notificationId: "../../etc/passwd" }],
    ],
  },
  signInAction: {
    caller: (cast) => cast.guest,
    fields: () => ({ email: "nadie@example.cl", password: "adivinanza", callbackUrl: "/" }),
    own: () => [
      [
        "a wrong password, with a callback to another site",
        { userId: null, cookie: "" },
        {
          email: "nadie@example.cl",
          password: "adivinanza",
          callbackUrl: "https://malicioso.example/robar",
        },
        /Correo o contraseña incorrectos/,
      ],
    ],
  },
  signUpAction: {
    caller: (cast) => cast.guest,
    fields: () => ({
      name: "Eva",
      email: `eva-${randomUUID().slice(0, 6)}@example.cl`,
      password: "una frase larga",
      rut: "",
      callbackUrl: "/",
    }),
    own: () => [
      [
        "a RUT with a wrong check digit",
        { userId: null, cookie: "" },
        {
          name: "Eva",
          email: `eva-${randomUUID().slice(0, 6)}@example.cl`,
          password: "una frase larga",
          rut: "12.345.678-9",
          callbackUrl: "/",
        },
      ],
    ],
  },
  // Every well-formed email gets the same success, so only malformed ones can be refused here;
  // the variations below (a file, 100 000 characters, no field) are all malformed.
  forgotPasswordAction: {
    caller: (cast) => cast.guest,
    fields: () => ({ email: "nadie@example.cl" }),
    own: (cast) => [
      ["a malformed email", cast.guest, { email: "nadie@" }, /Revisa los campos marcados/],
      ["an email that is SQL", cast.guest, { email: "' OR 1=1 --" }, /Revisa los campos marcados/],
      ["an email past SMTP's 254 characters", cast.guest, { email: `${"a".repeat(250)}@x.cl` }],
    ],
  },
  resetPasswordAction: {
    caller: (cast) => cast.guest,
    // A well-formed token nobody issued: only its variations are sent.
    fields: () => resetFields(randomToken()),
    own: (cast) => [
      ["a tampered token", cast.guest, resetFields(randomToken()), /Este enlace no es válido/],
      ["a token cut short", cast.guest, resetFields(randomToken().slice(0, 20))],
      ["a token that is SQL", cast.guest, resetFields("' OR 1=1 --")],
      [
        "a too-short password",
        cast.guest,
        { ...resetFields(randomToken()), password: "corta", passwordConfirmation: "corta" },
        /Revisa los campos marcados/,
      ],
      [
        "a confirmation that differs",
        cast.guest,
        { ...resetFields(randomToken()), passwordConfirmation: "otra frase" },
      ],
    ],
  },
  signOutAction: {
    caller: (cast) => cast.attacker,
    fields: () => ({}),
    own: () => [],
  },
};

function fileOf(value: string): Blob {
  return new Blob([value], { type: "application/octet-stream" });
}

// Multipart with one 2 MB field: over Next's 1 MB limit for a server action's body.
function oversizedBody(): { body: string; contentType: string } {
  const boundary = `----hostile${randomUUID().replaceAll("-", "")}`;
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="0"',
    "",
    '[null,"$K1"]',
    `--${boundary}`,
    'Content-Disposition: form-data; name="_1_email"',
    "",
    "x".repeat(2 * 1024 * 1024),
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const refused = (error?: RegExp): Expectation => ({
  refused: true,
  error,
  signIn: error === signedOut,
});

function wrongPeople(plan: ActionPlan, cast: Cast): [string, Person, RegExp][] {
  if (!plan.signedIn) return [];
  const guest: [string, Person, RegExp] = ["a guest", cast.guest, signedOut];
  return plan.signedIn === "admin" ? [["a shopper", cast.attacker, adminOnly], guest] : [guest];
}

export function casesFor(built: BuiltAction, plan: ActionPlan, cast: Cast): ActionCase[] {
  const caller = plan.caller(cast);
  const fields = plan.fields(cast);
  const isSignOut = built.name === "signOutAction";
  const inputRefusal: Expectation = isSignOut ? { harmless: true } : refused();
  const cases: ActionCase[] = [];
  const add = (kind: string, call: ActionCase["call"], expect: Expectation) =>
    cases.push({ kind: `${built.name}: ${kind}`, action: built.name, call, expect });

  add(
    "a foreign Origin",
    { args: [null, form(fields)], cookie: caller.cookie, origin: "https://malicioso.example" },
    { rejected: true },
  );
  add(
    "a body over 1 MB",
    { args: [], cookie: caller.cookie, rawBody: oversizedBody() },
    { rejected: true },
  );
  for (const notAForm of [undefined, "email=a@b.cl", { ...fields }, [fields], 42])
    add(
      `arguments that are not a form (${JSON.stringify(notAForm) ?? "none"})`.slice(0, 90),
      { args: [null, notAForm], cookie: caller.cookie },
      inputRefusal,
    );
  add(
    "no fields at all",
    { args: [null, form({})], cookie: caller.cookie },
    isSignOut ? inputRefusal : refused(),
  );
  for (const name of Object.keys(fields)) {
    add(
      `${name} sent as a file`,
      {
        args: [null, form({ ...fields, [name]: fileOf(fields[name] ?? "") })],
        cookie: caller.cookie,
      },
      inputRefusal,
    );
    add(
      `${name} 100 000 characters long`,
      { args: [null, form({ ...fields, [name]: "9".repeat(100_000) })], cookie: caller.cookie },
      inputRefusal,
    );
  }
  for (const [kind, person, error] of wrongPeople(plan, cast))
    add(kind, { args: [null, form(fields)], cookie: person.cookie }, refused(error));
  for (const [kind, person, ownFields, error] of plan.own(cast))
    add(kind, { args: [null, form(ownFields)], cookie: person.cookie }, refused(error));
  return cases;
}

// Posted to the first page of the build: an action id nobody issued.
export function unknownActionCases(cast: Cast): ActionCase[] {
  return ["0".repeat(42), "7f" + "a".repeat(40), "../../etc/passwd"].map((id) => ({
    kind: `an unknown action id (${id.slice(0, 12)})`,
    action: id,
    call: {
      args: [null, form({ productId: cast.productId, quantity: "1" })],
      cookie: cast.guest.cookie,
    },
    expect: { rejected: true },
  }));
}
