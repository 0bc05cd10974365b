export { fail, succeed } from "./result";
export type {
  ActionFailure,
  ActionResult,
  ActionState,
  ActionSuccess,
  FieldErrors,
  Outcome,
} from "./result";
export {
  invalidInputMessage,
  signedOutMessage,
  validatedAction,
  validatedActionWithUser,
} from "./validated-action";
export type { FormAction } from "./validated-action";
