import { ApiError, invalidParam, missingParam } from "../api/errors";
import { readEmail, readEnum, readMetadata, readObject, readString } from "../api/params";
import { isoSeconds } from "../clock";
import type { Deps } from "../deps";
import { newId } from "../ids";
import type { Customer, JsonObject, Mode, TaxId } from "../types";
import { normalizeRut } from "./banks";

const taxIdTypes = ["cl_rut", "mx_rfc"] as const;

export interface CustomerParams {
  name: string | null;
  email: string | null;
  phone: string | null;
  address: JsonObject | null;
  metadata: JsonObject;
  tax_id: TaxId | null;
}

// Rules of POST /v2/customers, shared by a session's customer_data (docs.fintoc.com).
export function readCustomerParams(source: JsonObject, prefix = ""): CustomerParams {
  const taxIdSource = readObject(source, "tax_id", `${prefix}tax_id`);
  let taxId: TaxId | null = null;
  if (taxIdSource) {
    const type = readEnum(taxIdSource, "type", taxIdTypes, `${prefix}tax_id.type`);
    const value = readString(taxIdSource, "value", `${prefix}tax_id.value`);
    if (!type) throw missingParam(`${prefix}tax_id.type`);
    if (!value?.trim()) throw missingParam(`${prefix}tax_id.value`);
    taxId = { type, value: value.trim() };
  }
  const email = readEmail(source, "email", `${prefix}email`) ?? null;
  if (!email && !taxId) {
    throw invalidParam(
      "missing_parameter",
      `Missing required param: ${prefix}email (send an email or a complete tax_id).`,
      `${prefix}email`,
    );
  }
  const phone = readString(source, "phone", `${prefix}phone`) ?? null;
  if (phone !== null && !/^\+[1-9]\d{6,14}$/.test(phone)) {
    throw invalidParam(
      "invalid_params",
      `${prefix}phone must be in E.164 format, like +56912345678.`,
      `${prefix}phone`,
    );
  }
  const address = readObject(source, "address", `${prefix}address`) ?? null;
  return {
    name: readString(source, "name", `${prefix}name`) ?? null,
    email,
    phone,
    address,
    metadata: readMetadata(source, "metadata", `${prefix}metadata`) ?? {},
    tax_id: taxId,
  };
}

export function normalizeTaxId(taxId: TaxId): TaxId {
  const value = taxId.type === "cl_rut" ? normalizeRut(taxId.value) : taxId.value.toUpperCase();
  return { type: taxId.type, value };
}

export function findCustomerByTaxId(deps: Deps, mode: Mode, taxId: TaxId): Customer | undefined {
  const wanted = normalizeTaxId(taxId);
  for (const customer of deps.store.customers.values()) {
    if (customer.mode !== mode || !customer.tax_id) continue;
    const have = normalizeTaxId(customer.tax_id);
    if (have.type === wanted.type && have.value === wanted.value) return customer;
  }
  return undefined;
}

export function storeCustomer(deps: Deps, mode: Mode, params: CustomerParams): Customer {
  const customer: Customer = {
    id: newId("cus"),
    object: "customer",
    address: params.address,
    created_at: isoSeconds(deps.clock.now()),
    email: params.email,
    metadata: params.metadata,
    mode,
    name: params.name,
    phone: params.phone,
    tax_id: params.tax_id,
  };
  deps.store.customers.set(customer.id, customer);
  deps.store.changed();
  return customer;
}

// POST /v2/customers normalises what it stores (customers-create.md) and refuses a tax_id
// that another customer of the same mode already has.
export function createCustomer(deps: Deps, mode: Mode, body: JsonObject): Customer {
  const params = readCustomerParams(body);
  if (params.tax_id && findCustomerByTaxId(deps, mode, params.tax_id)) {
    throw new ApiError(
      409,
      "invalid_request_error",
      "customer_already_exists",
      "A customer with this tax_id already exists.",
      "tax_id",
    );
  }
  const address =
    params.address && typeof params.address.country === "string"
      ? { ...params.address, country: params.address.country.toLowerCase() }
      : params.address;
  return storeCustomer(deps, mode, {
    ...params,
    email: params.email?.toLowerCase() ?? null,
    address,
    tax_id: params.tax_id ? normalizeTaxId(params.tax_id) : null,
  });
}
