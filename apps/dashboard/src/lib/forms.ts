import { fieldErrorsOf, isApiError } from '@peyvand/web';

interface FormLike {
  setFieldError: (path: string, error: string) => void;
  getValues: () => object;
}

function hasPath(values: unknown, path: string[]): boolean {
  let current: unknown = values;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in (current as Record<string, unknown>))) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * The form path for an API field path: the longest suffix that exists in the form values
 * (`input.phones.0.number` → `phones.0.number`, `input.email` → `email`), else the longest existing
 * prefix of it (`input.birthDate.day` → `birthDate` when the form keeps the date as one value).
 */
export function formPathOf(values: object, apiField: string): string | null {
  const parts = apiField.split('.');
  for (let i = 0; i < parts.length; i++) {
    const suffix = parts.slice(i);
    if (hasPath(values, suffix)) return suffix.join('.');
  }
  const tail = parts.slice(1);
  for (let end = tail.length - 1; end > 0; end--) {
    if (hasPath(values, tail.slice(0, end))) return tail.slice(0, end).join('.');
  }
  return null;
}

/**
 * Puts BAD_USER_INPUT field errors on the matching form fields (nested paths included).
 * Returns true when at least one field error was shown (so no generic alert is needed).
 */
export function applyFieldErrors(form: FormLike, error: unknown): boolean {
  if (!isApiError(error)) return false;
  const values = form.getValues();
  let shown = false;
  const done = new Set<string>();
  for (const { field, message } of error.fields) {
    const path = formPathOf(values, field);
    if (path && !done.has(path)) {
      form.setFieldError(path, message);
      done.add(path);
      shown = true;
    }
  }
  // Flat forms: keep the historical "name after the last dot" behaviour for anything left.
  if (!shown) {
    const known = Object.keys(values);
    for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
      if (known.includes(field)) {
        form.setFieldError(field, message);
        shown = true;
      }
    }
  }
  return shown;
}
