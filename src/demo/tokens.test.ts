import { authenticate } from '../shared/auth';
import { loadConfig } from '../shared/config';
import { mintDemoToken } from './tokens';

test('demo tokens verify and carry the demo user claims', async () => {
  const config = loadConfig({ NODE_ENV: 'development' });
  const token = await mintDemoToken(config, 'enterprise');
  const auth = await authenticate(config.jwt, `Bearer ${token}`);
  expect(auth).toEqual({
    kind: 'viewer',
    expiresAt: expect.any(Number),
    viewer: { id: 'u-enterprise-1', displayName: '赵建国', department: null, roles: ['ENTERPRISE'], uscc: expect.stringMatching(/^91320102/) },
  });
});

test('demo tokens are refused in production', async () => {
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
    GATEWAY_SIGNING_SECRET: 'a-production-signing-secret-of-32-chars-',
  });
  await expect(mintDemoToken(config, 'police-officer')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
});

test('production refuses to start without its own JWT secret, listing every problem', () => {
  expect(() => loadConfig({ NODE_ENV: 'production', PORT: 'abc' })).toThrow(/JWT_SECRET[\s\S]*PORT|PORT[\s\S]*JWT_SECRET/);
});
