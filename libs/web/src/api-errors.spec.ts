import { ApiError, errorCode, fieldErrorsOf } from './api-errors';

describe('ApiError from GraphQL errors', () => {
  it('takes the first code and every field error; maps input paths to form field names', () => {
    const error = ApiError.fromGraphQLErrors([
      { message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'must be an email' }, { field: 'input.phones.0.number', message: 'too short' }, { field: 'input.email', message: 'second' }] } },
    ]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(fieldErrorsOf(error)).toEqual({ email: 'must be an email', number: 'too short' });
  });

  it('unknown codes and non-API errors count as internal errors', () => {
    expect(ApiError.fromGraphQLErrors([{ message: 'x', extensions: { code: 'WEIRD' } }]).code).toBe('INTERNAL_SERVER_ERROR');
    expect(errorCode(new Error('boom'))).toBe('INTERNAL_SERVER_ERROR');
    expect(fieldErrorsOf(new Error('boom'))).toEqual({});
  });
});
