import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { BadInputError, FieldError } from '../errors/domain-errors';

/**
 * class-validator looks a class's rules up on every validation of every object (each line of an order too) by
 * scanning every decorated class of the application for inheritance (`instanceof` against each): ≈ 3 % of the
 * API's CPU on the orders path. The answer only changes when rules are added (at module load), so it is kept per
 * class and options, and forgotten whenever a rule is added.
 */
function memoiseRuleLookup(): void {
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas: (target: unknown, schema: unknown, always: unknown, strictGroups: unknown, groups?: string[]) => unknown[];
    addValidationMetadata: (...args: unknown[]) => void;
    __memoised?: boolean;
  };
  if (storage.__memoised) return;
  storage.__memoised = true;
  let cache = new Map<unknown, Map<string, unknown[]>>();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (...args: unknown[]) => {
    cache = new Map();
    add(...args);
  };
  storage.getTargetValidationMetadatas = (target: unknown, schema: unknown, always: unknown, strictGroups: unknown, groups?: string[]) => {
    const key = `${String(schema)}|${String(always)}|${String(strictGroups)}|${groups?.join(',') ?? ''}`;
    let byOptions = cache.get(target);
    if (!byOptions) cache.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
}
memoiseRuleLookup();

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * class-validator on every input; failures become BAD_USER_INPUT listing each field as the client sent it
 * (`input.email`, or `first` for a plain argument) with its message.
 */
class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      exceptionFactory: (errors) => new BadInputError(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (e) {
      if (e instanceof BadInputError && metadata.type !== 'custom' && metadata.data) {
        const fields = (e.extensions.fields as FieldError[]).map((f) => ({ ...f, field: `${metadata.data}.${f.field}` }));
        throw new BadInputError(fields);
      }
      throw e;
    }
  }
}

export const inputValidationPipe = new InputValidationPipe();
