// What every form's server action returns. Expected failures (bad input, a taken email, a
// declined payment) are values the form shows; only bugs throw, and error.tsx catches those.

export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionSuccess<T> = { ok: true; data: T };

export type ActionFailure = {
  ok: false;
  // One sentence for the whole form (shown in its aria-live region).
  error: string;
  // Messages per input name, shown next to the input.
  fieldErrors: FieldErrors;
  // What the user typed, so the form can show it again: React resets a form after its action
  // runs. Filled in by validatedAction; passwords are never echoed.
  values: Record<string, string>;
};

export type ActionResult<T = undefined> = ActionSuccess<T> | ActionFailure;

// The state useActionState holds: null until the first submission.
export type ActionState<T = undefined> = ActionResult<T> | null;

export function succeed(): ActionSuccess<undefined>;
export function succeed<T>(data: T): ActionSuccess<T>;
export function succeed<T>(data?: T): ActionSuccess<T | undefined> {
  return { ok: true, data };
}

export function fail(error: string, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, error, fieldErrors, values: {} };
}

// What the operations behind an action return (changing the cart, placing an order, opening a
// payment session): an expected failure carries the sentence the form shows, which the action
// passes on with fail(outcome.error). `T` is what success brings, `F` any detail a failure adds.
export type Outcome<T extends object = object, F extends object = object> =
  ({ ok: true } & T) | ({ ok: false; error: string } & F);
