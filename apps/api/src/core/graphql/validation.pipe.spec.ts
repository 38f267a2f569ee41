import { IsInt, IsString, Min } from 'class-validator';
import { BadInputError } from '../errors/domain-errors';
import { inputValidationPipe } from './validation.pipe';

class Line {
  @IsInt() @Min(1) quantity!: number;
  label!: string;
}

const check = (value: object) =>
  inputValidationPipe.transform(value, { type: 'body', metatype: Line, data: 'input' }).then(
    () => [],
    (e: BadInputError) => (e.extensions.fields as Array<{ field: string }>).map((f) => f.field),
  );

describe('input validation (rule lookup kept per class)', () => {
  it('validates the same class again and again, and sees a rule added after its first lookup', async () => {
    expect(await check({ quantity: 0, label: 5 })).toEqual(['input.quantity']);
    expect(await check({ quantity: 2, label: 5 })).toEqual([]);
    // A rule added later (decorators run at module load, but nothing forbids it) is not hidden by the kept lookup.
    IsString()(Line.prototype, 'label');
    expect(await check({ quantity: 2, label: 5 })).toEqual(['input.label']);
    expect(await check({ quantity: 0, label: 'x' })).toEqual(['input.quantity']);
  });
});
