import request from 'supertest';
import type { TestApp } from './test-app';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string; message: string }>; [k: string]: unknown } }>;
  headers: Record<string, string>;
}

/** POSTs a GraphQL document over HTTP to the running app, optionally with a bearer token or API key. */
export async function gql<T = Record<string, any>>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  const req = request(app.url).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body.data ?? undefined, errors: res.body.errors, headers: res.headers as Record<string, string> };
}

/** The first error's code, or undefined. */
export const errorCode = (res: GqlResponse): string | undefined => res.errors?.[0]?.extensions?.code;

let counter = 0;
export function uniqueEmail(tag = 'user'): string {
  counter++;
  return `${tag}-${process.pid}-${Date.now()}-${counter}@example.com`;
}

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken refreshToken accessTokenExpiresAt viewer { role permissions user { id email } workspace { id slug name } } }
}`;

export interface Owner {
  token: string;
  refreshToken: string;
  workspaceId: string;
  slug: string;
  email: string;
  password: string;
}

export async function signUpOwner(app: TestApp, name = 'Test shop'): Promise<Owner> {
  const email = uniqueEmail('owner');
  const password = 'correct horse battery';
  const res = await gql(app, SIGN_UP, { input: { workspaceName: name, fullName: 'Owner', email, password } });
  if (!res.data) throw new Error(`signUp failed: ${JSON.stringify(res.errors)}`);
  const p = res.data.signUp;
  return { token: p.accessToken, refreshToken: p.refreshToken, workspaceId: p.viewer.workspace.id, slug: p.viewer.workspace.slug, email, password };
}
