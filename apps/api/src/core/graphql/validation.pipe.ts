import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, FieldError } from '../errors/domain-errors';

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
