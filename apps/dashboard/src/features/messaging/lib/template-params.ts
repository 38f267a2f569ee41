// The values a staff member types for a template's PARAM variables (e.g. {{coupon.code}}), when sending it.

export interface TemplateVariableLike {
  name: string;
  source: string;
}

/** The template's variables the sender must give a value for (PARAM ones), in the template's order. */
export function paramVariablesOf(templateVariables: readonly string[], catalog: readonly TemplateVariableLike[]): string[] {
  return templateVariables.filter((name) => catalog.find((v) => v.name === name)?.source === 'PARAM');
}

/** The typed values to send: only the template's params, only the filled ones (an empty one is left to the server to refuse). */
export function filledParams(params: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([name, v]) => names.includes(name) && v.trim()));
}
