import { errorCode, gql, signUpOwner, SIGN_UP, uniqueEmail } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken viewer { role workspace { slug } } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
const VIEWER = `{ viewer { role permissions user { email fullName } workspace { name slug timezone defaultLocale displayCurrency } } }`;

describe('staff authentication', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_RATE_PER_IP_PER_MINUTE: '1000' } });
  });
  afterAll(() => app.close());

  it('signUp creates a workspace and its owner, signed in', async () => {
    const email = uniqueEmail();
    const res = await gql(app, SIGN_UP, {
      input: { workspaceName: 'Golestan Flowers', workspaceSlug: 'golestan', fullName: 'زهرا کاظمی', email, password: 'a long enough password' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signUp.viewer.role).toBe('OWNER');
    expect(res.data!.signUp.viewer.workspace.slug).toBe('golestan');
    const me = await gql(app, VIEWER, {}, res.data!.signUp.accessToken);
    expect(me.data!.viewer).toMatchObject({
      role: 'OWNER',
      user: { email, fullName: 'زهرا کاظمی' },
      workspace: { name: 'Golestan Flowers', timezone: 'Asia/Tehran', defaultLocale: 'fa', displayCurrency: 'IRT' },
    });
    expect(me.data!.viewer.permissions).toContain('staff:manage');
  });

  it('rejects bad sign-up input naming each field, and writes nothing', async () => {
    const res = await gql(app, SIGN_UP, { input: { workspaceName: '', fullName: 'x', email: 'not-an-email', password: 'short' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions!.fields!.map((f) => f.field).sort();
    expect(fields).toEqual(['input.email', 'input.password', 'input.workspaceName']);
  });

  it('refuses a taken slug and a taken email with CONFLICT', async () => {
    const owner = await signUpOwner(app);
    const again = await gql(app, SIGN_UP, { input: { workspaceName: 'Other', fullName: 'x', email: owner.email, password: 'another long password' } });
    expect(errorCode(again)).toBe('CONFLICT');
    const slug = await gql(app, SIGN_UP, { input: { workspaceName: 'Other', workspaceSlug: owner.slug, fullName: 'x', email: uniqueEmail(), password: 'another long password' } });
    expect(errorCode(slug)).toBe('CONFLICT');
  });

  it('logs in, rotates refresh tokens, and revokes the family when an old one is reused', async () => {
    const owner = await signUpOwner(app);
    const login = await gql(app, LOGIN, { input: { email: owner.email.toUpperCase(), password: owner.password } });
    expect(login.errors).toBeUndefined();
    const first = login.data!.login.refreshToken;
    const rotated = await gql(app, REFRESH, { t: first });
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data!.refreshToken.refreshToken;
    expect(second).not.toBe(first);
    // Reusing the first token is a theft signal: it fails and the rotated one dies with it.
    const reuse = await gql(app, REFRESH, { t: first });
    expect(errorCode(reuse)).toBe('UNAUTHENTICATED');
    const afterReuse = await gql(app, REFRESH, { t: second });
    expect(errorCode(afterReuse)).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token', async () => {
    const owner = await signUpOwner(app);
    expect((await gql(app, LOGOUT, { t: owner.refreshToken })).data!.logout).toBe(true);
    expect(errorCode(await gql(app, REFRESH, { t: owner.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('locks the account after repeated failures with a clear message', async () => {
    const owner = await signUpOwner(app);
    for (let i = 0; i < 2; i++) {
      expect(errorCode(await gql(app, LOGIN, { input: { email: owner.email, password: 'wrong password!' } }))).toBe('UNAUTHENTICATED');
    }
    const locked = await gql(app, LOGIN, { input: { email: owner.email, password: 'wrong password!' } });
    expect(errorCode(locked)).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors![0].message).toMatch(/locked/);
    // Even the right password is refused while locked.
    expect(errorCode(await gql(app, LOGIN, { input: { email: owner.email, password: owner.password } }))).toBe('TOO_MANY_REQUESTS');
  });

  it('answers UNAUTHENTICATED without a token and for a garbage token', async () => {
    expect(errorCode(await gql(app, VIEWER))).toBe('UNAUTHENTICATED');
    const res = await gql(app, VIEWER, {}, 'a.b.c');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toBe('Invalid access token');
  });
});
