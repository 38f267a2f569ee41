import request from 'supertest';
import { gql, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

describe('rate limits per API key and per workspace answer 429 with Retry-After', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_API_KEY_PER_MINUTE: '3', RATE_LIMIT_WORKSPACE_PER_MINUTE: '12' } });
  });
  afterAll(() => app.close());

  it('an API key over its budget gets 429 + Retry-After; another key of the workspace is unaffected', async () => {
    const owner = await signUpOwner(app, 'Limited');
    const create = `mutation($n: String!) { createApiKey(input: { name: $n, scopes: ["contacts:read"] }) { secret } }`;
    const k1 = (await gql(app, create, { n: 'k1' }, owner.token)).data!.createApiKey.secret;
    const k2 = (await gql(app, create, { n: 'k2' }, owner.token)).data!.createApiKey.secret;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await gql(app, `{ viewer { permissions } }`, {}, k1)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await request(app.url).post('/graphql').set('authorization', `Bearer ${k1}`).send({ query: '{ viewer { permissions } }' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect((await gql(app, `{ viewer { permissions } }`, {}, k2)).status).toBe(200);
  });

  it('a workspace over its budget gets 429 whoever calls; other workspaces are unaffected', async () => {
    const busy = await signUpOwner(app, 'Busy');
    const calm = await signUpOwner(app, 'Calm');
    let last = 0;
    for (let i = 0; i < 13; i++) last = (await gql(app, `{ viewer { role } }`, {}, busy.token)).status;
    expect(last).toBe(429);
    expect((await gql(app, `{ viewer { role } }`, {}, calm.token)).status).toBe(200);
  });
});
