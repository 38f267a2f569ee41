import { keyFor, newIdempotencyKey } from './idempotency';

describe('idempotency keys for sends', () => {
  it('are unique', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
    expect(newIdempotencyKey()).toMatch(/^dashboard:[0-9a-f-]{32,36}$/);
  });

  it('stay the same for the same payload and change with it', () => {
    const first = keyFor(null, '{"body":"a"}');
    expect(keyFor(first, '{"body":"a"}')).toBe(first);
    expect(keyFor(first, '{"body":"b"}').key).not.toBe(first.key);
  });
});
