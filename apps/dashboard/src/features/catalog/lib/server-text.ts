// The catalog and inventory API's validation messages (English) in the reader's language; unknown ones come through
// unchanged. Pure: no React.

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const F = 'catalog.fieldErrors';

const FIELD_MESSAGES: Array<[RegExp, (m: RegExpExecArray, t: Translate) => string]> = [
  [/^is required: say why the stock changed/, (_m, t) => t(`${F}.reasonRequired`)],
  [/^give either countedQuantity or delta$/, (_m, t) => t(`${F}.countOrDelta`)],
  [/^must be a whole number from (\d+) to (\d+)$/, (m, t) => t(`${F}.wholeNumberRange`, { min: Number(m[1]), max: Number(m[2]) })],
  [/^must be a whole number other than 0/, (_m, t) => t(`${F}.nonZero`)],
  [/^must differ from fromWarehouseId$/, (_m, t) => t(`${F}.sameWarehouse`)],
  [/^is not a product category of this workspace$/, (_m, t) => t(`${F}.unknownCategory`)],
  [/^is not a product of this workspace$/, (_m, t) => t(`${F}.unknownProduct`)],
  [/^cannot be the category itself or one of its descendants$/, (_m, t) => t(`${F}.parentCycle`)],
  [/^must be letters A–Z, digits and/, (_m, t) => t(`${F}.sku`)],
  [/^must be a-z, 0-9 and single hyphens/, (_m, t) => t('validation.slug')],
  [/^must be 3 to 40 characters without spaces$/, (_m, t) => t(`${F}.couponCode`)],
  [/^may contain only letters, digits, - and _$/, (_m, t) => t(`${F}.couponCode`)],
  [/^must be after validFrom$/, (_m, t) => t(`${F}.windowOrder`)],
  [/^code: letters, digits/, (_m, t) => t(`${F}.warehouseCode`)],
  [/^the default warehouse cannot be deactivated/, (_m, t) => t(`${F}.defaultInactive`)],
  [/^the warehouse still holds (\d+) unit/, (m, t) => t(`${F}.warehouseNotEmpty`, { count: Number(m[1]) })],
  [/^an inactive warehouse cannot be the default$/, (_m, t) => t(`${F}.inactiveDefault`)],
  [/^make another warehouse the default instead$/, (_m, t) => t(`${F}.keepDefault`)],
  [/^must not be empty$|^should not be empty$/, (_m, t) => t('validation.required')],
];

export function fieldMessageText(message: string, t: Translate): string {
  for (const [pattern, text] of FIELD_MESSAGES) {
    const m = pattern.exec(message);
    if (m) return text(m, t);
  }
  return message;
}

/** A form as applyFieldErrors sees it, with every message translated on the way in. */
export function translatingForm<F extends { setFieldError: (path: string, error: string) => void; getValues: () => object }>(
  form: F,
  t: Translate,
): { setFieldError: (path: string, error: string) => void; getValues: () => object } {
  return { setFieldError: (path, error) => form.setFieldError(path, fieldMessageText(error, t)), getValues: () => form.getValues() };
}
