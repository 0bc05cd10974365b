export { createFintocClient, fintoc } from "./client";
export type {
  CreateCheckoutSessionParams,
  CreateRefundParams,
  FintocClient,
  LineItem,
} from "./client";
export { FintocApiError, FintocUnavailableError } from "./errors";
export * from "./objects";
export * from "./billing-objects";
