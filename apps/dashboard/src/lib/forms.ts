import { fieldErrorsOf } from './errors';

interface FormLike {
  setFieldError: (path: string, error: string) => void;
  getValues: () => object;
}

/**
 * Puts BAD_USER_INPUT field errors on the matching form fields.
 * Returns true when at least one field error was shown (so no generic alert is needed).
 */
export function applyFieldErrors(form: FormLike, error: unknown): boolean {
  const errors = fieldErrorsOf(error);
  const known = Object.keys(form.getValues());
  let shown = false;
  for (const [field, message] of Object.entries(errors)) {
    if (known.includes(field)) {
      form.setFieldError(field, message);
      shown = true;
    }
  }
  return shown;
}
