export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'OUT_OF_STOCK',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
}

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; fields?: FieldError[]; [key: string]: unknown };
}

/** Error thrown by the GraphQL client: carries the first error's code and all field errors. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly errors: GraphQLErrorShape[];
  readonly fields: FieldError[];

  constructor(code: ErrorCode, message: string, errors: GraphQLErrorShape[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.errors = errors;
    this.fields = errors.flatMap((e) => (Array.isArray(e.extensions?.fields) ? e.extensions.fields : []));
  }

  static fromGraphQLErrors(errors: GraphQLErrorShape[]): ApiError {
    const raw = errors.find((e) => e.extensions?.code)?.extensions?.code;
    const code = (ERROR_CODES as readonly string[]).includes(raw ?? '')
      ? (raw as ErrorCode)
      : 'INTERNAL_SERVER_ERROR';
    return new ApiError(code, errors[0]?.message ?? code, errors);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function errorCode(error: unknown): ErrorCode {
  return isApiError(error) ? error.code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Maps BAD_USER_INPUT field errors (`input.email`) to form field names (`email`):
 * the part after the last dot.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const { field, message } of error.fields) {
    const name = field.split('.').pop() ?? field;
    if (!(name in out)) out[name] = message;
  }
  return out;
}
