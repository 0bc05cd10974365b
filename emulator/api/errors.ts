// Fintoc's error body (docs.fintoc.com). The Node SDK crashes on an error body without a
// top-level `error`, so every failure of the API goes through this class.

export type ErrorType = "invalid_request_error" | "authentication_error" | "api_error";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }

  body() {
    return {
      error: {
        type: this.type,
        code: this.code,
        message: this.message,
        param: this.param,
        doc_url: `https://fintoc.com/docs#${this.type.replaceAll("_", "-")}`,
      },
    };
  }
}

export function invalidParam(code: string, message: string, param: string | null): ApiError {
  return new ApiError(400, "invalid_request_error", code, message, param);
}

export function missingParam(param: string): ApiError {
  return invalidParam("missing_parameter", `Missing required param: ${param}`, param);
}

export function notFound(resource: string, id: string): ApiError {
  return new ApiError(
    404,
    "invalid_request_error",
    "missing_resource",
    `No such ${resource}: ${id}`,
    "id",
  );
}

export function unknownUrl(method: string, path: string): ApiError {
  return new ApiError(
    404,
    "invalid_request_error",
    "invalid_url",
    `Unrecognized request URL (${method}: ${path})`,
  );
}

export function authError(message: string): ApiError {
  return new ApiError(401, "authentication_error", "invalid_api_key", message);
}

export function internalError(): ApiError {
  return new ApiError(
    500,
    "api_error",
    "internal_server_error",
    "Something went wrong on the emulator's side.",
  );
}
