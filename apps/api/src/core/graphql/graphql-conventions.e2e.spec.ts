import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { printAppSchema } from './print-schema';
import { DomainEvents } from '../events/domain-events';
import { errorCode, gql, signUpOwner, Owner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

describe('GraphQL conventions: schema file, limits, HTTP semantics, errors, subscriptions, health', () => {
  let app: TestApp;
  let owner: Owner;
  beforeAll(async () => {
    app = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_ALIASES: '5', BODY_LIMIT: '20kb', GRAPHQL_MAX_TOKENS: '1000', RATE_LIMIT_ANONYMOUS_PER_IP_PER_MINUTE: '100000' } });
    owner = await signUpOwner(app, 'Conventions');
  });
  afterAll(() => app.close());

  it('the committed apps/api/schema.graphql is the schema the code builds (run `npm run schema:emit` when this fails)', () => {
    const committed = readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8');
    expect(printAppSchema(app.app)).toBe(committed);
  });

  it('depth limit: documents deeper than GRAPHQL_MAX_DEPTH (4 here) fail before execution with a clear error', async () => {
    const ok = await gql(app, `{ apiKeys { edges { node { id } } } }`, {}, owner.token);
    expect(ok.errors).toBeUndefined();
    const tooDeep = await gql(app, `{ apiKeys { edges { node { createdBy { id } } } } }`, {}, owner.token);
    expect(tooDeep.status).toBe(400);
    expect(errorCode(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors![0].message).toMatch(/depth/i);
    // Fragments do not hide depth.
    const viaFragment = await gql(app, `fragment N on ApiKey { createdBy { id } } { apiKeys { edges { node { ...N } } } }`, {}, owner.token);
    expect(errorCode(viaFragment)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('alias limit: more aliases than allowed are rejected with a message naming the limit', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const res = await gql(app, `{ ${aliases} }`, {}, owner.token);
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/alias/i);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('`first` is capped: asking for more than 100 is BAD_USER_INPUT naming `first`', async () => {
    const res = await gql(app, `{ apiKeys(first: 1000) { totalCount } }`, {}, owner.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toEqual([{ field: 'first', message: 'first must not be greater than 100' }]);
  });

  it('documents with more tokens than GRAPHQL_MAX_TOKENS are refused while parsing', async () => {
    const huge = `{ ${Array.from({ length: 1500 }, () => '__typename').join(' ')} }`;
    const res = await gql(app, huge, {}, owner.token);
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/more tha[nt] 1000 tokens/i);
  });

  it('batched requests are refused', async () => {
    const res = await request(app.url).post('/graphql').send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
  });

  it('introspection only for authenticated callers', async () => {
    const anon = await gql(app, `{ __schema { queryType { name } } }`);
    expect(errorCode(anon)).toBe('UNAUTHENTICATED');
    const authed = await gql(app, `{ __schema { queryType { name } } }`, {}, owner.token);
    expect(authed.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('follows GraphQL over HTTP: GET for queries, mutations only by POST, JSON content types', async () => {
    const get = await request(app.url)
      .get('/graphql')
      .query({ query: '{ publicWorkspace(slug: "' + owner.slug + '") { name } }' })
      .set('apollo-require-preflight', 'true')
      .set('accept', 'application/graphql-response+json');
    expect(get.status).toBe(200);
    expect(get.headers['content-type']).toMatch(/application\/graphql-response\+json/);
    expect(get.body.data.publicWorkspace.name).toBe('Conventions');
    const getMutation = await request(app.url)
      .get('/graphql')
      .query({ query: 'mutation { logout(refreshToken: "x") }' })
      .set('apollo-require-preflight', 'true');
    expect(getMutation.status).toBe(405);
    const unparsable = await request(app.url).post('/graphql').send({ query: '{ viewer ' });
    expect(unparsable.status).toBe(400);
    expect(unparsable.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await request(app.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ viewer { role } }`, variables: { pad: 'x'.repeat(30_000) } }));
    expect(res.status).toBe(413);
  });

  it('never leaks stack traces', async () => {
    const res = await gql(app, `mutation { login(input: { email: "nobody@example.com", password: "whatever" }) { accessToken } }`);
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|\.ts:|node_modules/);
  });

  it('requests get an x-request-id header (or keep the caller’s)', async () => {
    const res = await request(app.url).post('/graphql').set('x-request-id', 'req-abc-123').send({ query: '{ __typename }' });
    expect(res.headers['x-request-id']).toBe('req-abc-123');
  });

  it('/health and /ready answer', async () => {
    expect((await request(app.url).get('/health')).body).toEqual({ status: 'ok' });
    const ready = await request(app.url).get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('subscriptions over graphql-ws are authenticated and scoped to the workspace', async () => {
    const wsUrl = app.url.replace('http', 'ws') + '/graphql';
    const refused = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
    const refusal = await new Promise<string>((resolve) => {
      refused.subscribe({ query: 'subscription { workspaceEvents { type } }' }, { next: () => resolve('next'), error: () => resolve('error'), complete: () => resolve('complete') });
    });
    expect(refusal).toBe('error');
    await refused.dispose();

    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${owner.token}` }, retryAttempts: 0 });
    const received: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ workspaceEvents: { type: string } }>(
        { query: 'subscription { workspaceEvents { type occurredAt } }' },
        { next: (v) => { received.push(v.data!.workspaceEvents.type); resolve(); }, error: reject, complete: () => undefined },
      );
    });
    // Wait for the subscription to be registered, then raise an event in another workspace and in ours.
    await new Promise((r) => setTimeout(r, 300));
    await signUpOwner(app, 'Someone else');
    app.app.get(DomainEvents).publish('test.ping', { workspaceId: owner.workspaceId });
    await done;
    expect(received).toEqual(['test.ping']);
    await client.dispose();
  });
});
