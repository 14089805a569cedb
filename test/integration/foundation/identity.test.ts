import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { startHub, type RunningHub } from '../../../src/app';
import { signToken } from '../../../src/shared/auth';
import { ConfigError, DEV_GATEWAY_SIGNING_SECRET, DEV_JWT_SECRET, loadConfig } from '../../../src/shared/config';
import { createLogger } from '../../../src/shared/logger';
import { callSubgraph } from '../../helpers/subgraph';
import type { TestHub } from '../../helpers/test-hub';

/**
 * Production identity: tokens from an identity provider's key set (JWKS, RS256/ES256) with issuer,
 * audience and expiry required, and the production-mode rules of the gateway.
 */
const ISSUER = 'https://idp.example.gov.cn';
const AUDIENCE = 'liaison-hub-prod';

/** A stand-in identity provider publishing its current keys on a loopback port. */
class KeySetServer {
  keys: JWK[] = [];
  fetches = 0;
  private server = http.createServer((_req, res) => {
    this.fetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: this.keys }));
  });
  url = '';
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise<void>((r) => this.server.close(() => r()));
  }
}

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  jwk: JWK;
}
async function makeKey(kid: string, alg: 'RS256' | 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

const CLAIMS = { name: '李伟', dept: 'police', roles: ['OFFICER'] };
function token(key: SigningKey, opts: { exp?: number | null; iss?: string; aud?: string; nbf?: number; sub?: string } = {}) {
  const jwt = new SignJWT(CLAIMS).setProtectedHeader({ alg: key.alg, kid: key.kid }).setSubject(opts.sub ?? 'u-police-li');
  jwt.setIssuer(opts.iss ?? ISSUER).setAudience(opts.aud ?? AUDIENCE).setIssuedAt();
  if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? '10m');
  if (opts.nbf !== undefined) jwt.setNotBefore(opts.nbf);
  return jwt.sign(key.privateKey);
}

const now = () => Math.floor(Date.now() / 1000);

async function me(hub: RunningHub, jwt: string): Promise<{ id?: string; code?: string; message?: string }> {
  const res = await fetch(hub.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const body = (await res.json()) as any;
  return { id: body.data?.me?.id, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

describe('tokens from the identity provider’s key set (JWT_JWKS_URL)', () => {
  const idp = new KeySetServer();
  let hub: RunningHub;
  let rsa: SigningKey;
  let ec: SigningKey;

  beforeAll(async () => {
    await idp.start();
    [rsa, ec] = await Promise.all([makeKey('rsa-1', 'RS256'), makeKey('ec-1', 'ES256')]);
    idp.keys = [rsa.jwk, ec.jwk];
    const config = loadConfig({
      DATABASE_URL: process.env.DATABASE_URL,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      PORT: '0',
      JWT_JWKS_URL: idp.url,
      JWT_JWKS_COOLDOWN_MS: '0',
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
      JWT_CLOCK_TOLERANCE_S: '30',
      GATEWAY_SIGNING_SECRET: 'a-production-signing-secret-for-this-test-0123',
      SEED_DEMO_DATA: 'false',
    });
    hub = await startHub({ config, log: createLogger('silent'), databaseUrl: process.env.DATABASE_URL!, subgraphPorts: 'random' });
  });
  afterAll(async () => {
    await hub?.stop();
    await idp.stop();
  });

  test('RS256 and ES256 tokens from the key set are accepted', async () => {
    expect(await me(hub, await token(rsa))).toEqual({ id: 'u-police-li', code: undefined, message: undefined });
    expect((await me(hub, await token(ec))).id).toBe('u-police-li');
  });

  test('an HS256 token is refused when no JWT_SECRET is configured, even one made with the published dev secret', async () => {
    const hs = await new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
    const res = await me(hub, hs);
    expect(res.code).toBe('UNAUTHENTICATED');
    expect(res.message).toMatch(/algorithm/);
  });

  test('an unsigned token (alg none) is refused', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const none = `${b64({ alg: 'none' })}.${b64({ ...CLAIMS, sub: 'mallory', iss: ISSUER, aud: AUDIENCE, exp: now() + 600 })}.`;
    expect((await me(hub, none)).code).toBe('UNAUTHENTICATED');
  });

  test('issuer, audience and expiry are required; clock skew is tolerated only up to the configured bound', async () => {
    const cases: [string, Promise<string>, RegExp][] = [
      ['no exp', token(rsa, { exp: null }), /"exp" claim/],
      ['other issuer', token(rsa, { iss: 'https://other-idp.example' }), /not issued for this hub \(iss\)/],
      ['other audience', token(rsa, { aud: 'someone-else' }), /not issued for this hub \(aud\)/],
      ['expired beyond the tolerance', token(rsa, { exp: now() - 120 }), /expired/],
      ['not valid for another two minutes', token(rsa, { nbf: now() + 120 }), /not valid yet/],
    ];
    for (const [label, jwt, message] of cases) {
      const res = await me(hub, await jwt);
      expect([label, res.code]).toEqual([label, 'UNAUTHENTICATED']);
      expect(res.message).toMatch(message);
      expect(res.id).toBeUndefined();
    }
    // within 30 s of skew either way is fine
    expect((await me(hub, await token(rsa, { exp: now() - 10 }))).id).toBe('u-police-li');
    expect((await me(hub, await token(rsa, { nbf: now() + 10 }))).id).toBe('u-police-li');
  });

  test('key rotation: a token from a newly published key works at once; a withdrawn key stops working', async () => {
    const [old, next] = await Promise.all([makeKey('rotating-1', 'RS256'), makeKey('rotating-2', 'RS256')]);
    idp.keys = [rsa.jwk, ec.jwk, old.jwk];
    expect((await me(hub, await token(old))).id).toBe('u-police-li');
    const before = idp.fetches;
    expect((await me(hub, await token(next))).code).toBe('UNAUTHENTICATED'); // not published yet
    idp.keys = [rsa.jwk, ec.jwk, next.jwk]; // rotation: rotating-1 withdrawn, rotating-2 published
    expect((await me(hub, await token(next))).id).toBe('u-police-li');
    expect(idp.fetches).toBeGreaterThan(before); // the unknown kid made the verifiers refetch
    const withdrawn = await me(hub, await token(old));
    expect(withdrawn.code).toBe('UNAUTHENTICATED');
    expect(withdrawn.message).toMatch(/key the identity provider does not publish/);
  });

  test('production: introspection is refused at the gateway and no "Did you mean" hints anywhere', async () => {
    const jwt = await token(ec);
    const post = async (query: string) =>
      (await (
        await fetch(hub.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
          body: JSON.stringify({ query }),
        })
      ).json()) as any;
    const introspection = await post('{ __schema { queryType { name } types { name } } }');
    expect(introspection.data?.__schema).toBeUndefined();
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typed = await post('{ me { idd } }');
    expect(typed.errors?.[0]?.message).toMatch(/Cannot query field "idd"/);
    expect(JSON.stringify(typed)).not.toMatch(/Did you mean/);
    // and straight at a subgraph (signed as the gateway would), Apollo hides them too
    const direct = await callSubgraph(hub as unknown as TestHub, 'hub', { query: '{ me { idd } }', authorization: `Bearer ${jwt}` });
    expect(JSON.stringify(direct.body)).toMatch(/Cannot query field/);
    expect(JSON.stringify(direct.body)).not.toMatch(/Did you mean/);
  });
});

describe('CORS: an allow-list, never an echoed origin', () => {
  let hub: RunningHub;
  const ALLOWED = 'https://console.example.gov.cn';
  beforeAll(async () => {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` });
    hub = await startHub({ config, log: createLogger('silent'), databaseUrl: process.env.DATABASE_URL!, subgraphPorts: 'random' });
  });
  afterAll(() => hub?.stop());

  const preflight = (origin: string) =>
    fetch(hub.gateway.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  test('a listed origin is allowed with credentials; any other gets no allow-origin', async () => {
    const ok = await preflight(ALLOWED);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    for (const evil of ['https://evil.example', 'https://console.example.gov.cn.evil.example', 'null']) {
      const res = await preflight(evil);
      expect([evil, res.headers.get('access-control-allow-origin')]).toEqual([evil, null]);
    }
  });

  test('introspection stays available outside production (GraphiQL and codegen use it)', async () => {
    const jwt = await signToken(hub.config.jwt, { sub: 'u1', name: 'n', dept: 'police', roles: ['OFFICER'] });
    const res = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(((await res.json()) as any).data.__schema.queryType.name).toBe('Query');
  });
});

describe('configuration refuses unsafe production identity', () => {
  const base = { NODE_ENV: 'production', GATEWAY_SIGNING_SECRET: 'a-production-signing-secret-for-this-test-0123', JWT_SECRET: 'a-production-jwt-secret-of-enough-length-01' };
  const problems = (env: Record<string, string | undefined>) => {
    try {
      loadConfig(env as NodeJS.ProcessEnv);
      return '';
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as Error).message;
    }
  };

  test('production needs a key set or a secret, refuses the published dev secrets, and needs a signing secret', () => {
    expect(problems(base)).toBe('');
    expect(problems({ ...base, JWT_SECRET: undefined })).toMatch(/JWT_JWKS_URL or JWT_SECRET/);
    expect(problems({ ...base, JWT_SECRET: DEV_JWT_SECRET })).toMatch(/development secret/);
    expect(problems({ ...base, GATEWAY_SIGNING_SECRET: undefined })).toMatch(/GATEWAY_SIGNING_SECRET: is required/);
    expect(problems({ ...base, GATEWAY_SIGNING_SECRET: DEV_GATEWAY_SIGNING_SECRET })).toMatch(/GATEWAY_SIGNING_SECRET: the development secret/);
  });

  test('clock tolerance is bounded and CORS origins must be origins', () => {
    expect(problems({ ...base, JWT_CLOCK_TOLERANCE_S: '3600' })).toMatch(/at most 300/);
    expect(problems({ ...base, CORS_ORIGINS: '*' })).toMatch(/CORS_ORIGINS/);
    expect(problems({ ...base, CORS_ORIGINS: 'https://a.example/path' })).toMatch(/CORS_ORIGINS/);
    expect(problems({ ...base, TZ: 'Mars/Olympus' })).toMatch(/TZ must be an IANA time zone/);
    expect(loadConfig({ ...base } as NodeJS.ProcessEnv).timeZone).toBe('Asia/Shanghai');
  });

  test('with a key set and no secret, HS256 is off; development without either uses the dev secret', () => {
    const jwks = loadConfig({ ...base, JWT_SECRET: undefined, JWT_JWKS_URL: 'https://idp.example/jwks' } as NodeJS.ProcessEnv);
    expect(jwks.jwt.secret).toBeNull();
    const dev = loadConfig({ NODE_ENV: 'development' } as NodeJS.ProcessEnv);
    expect(dev.jwt.secret).toBe(DEV_JWT_SECRET);
    expect(dev.jwt.isDevSecret).toBe(true);
  });
});
