/** Error codes every API client can rely on (`extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** A CONFLICT of its own: not enough stock for an order or transfer (`extensions.products` names them). */
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldError {
  field: string;
  message: string;
}

/** Base of errors thrown by services; mapped to GraphQL errors in one place (core/graphql/format-error.ts). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  constructor(fields: FieldError[], message = fields.map((f) => `${f.field}: ${f.message}`).join('; ')) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
  static field(field: string, message: string): BadInputError {
    return new BadInputError([{ field, message }]);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id ? `${entity} ${id} was not found` : `${entity} was not found`, { entity });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}, code: ErrorCode.CONFLICT | ErrorCode.OUT_OF_STOCK = ErrorCode.CONFLICT) {
    super(code, message, extensions);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_REQUESTS, message, { retryAfter: retryAfterSeconds });
  }
}
