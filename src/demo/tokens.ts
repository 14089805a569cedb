import { signToken, type TokenClaims } from '../shared/auth';
import type { Config } from '../shared/config';
import { forbidden } from '../shared/errors';
import { DEMO_USERS, type DemoUserName } from './district';

export function isDemoUser(name: string): name is DemoUserName {
  return Object.prototype.hasOwnProperty.call(DEMO_USERS, name);
}

/**
 * Signs a token for one of the demo district's users. Development and tests only: refused when
 * NODE_ENV=production, where tokens come from the departments' identity provider.
 */
export async function mintDemoToken(config: Config, user: DemoUserName, expiresIn: string | number = '8h'): Promise<string> {
  if (config.env === 'production') throw forbidden('Demo tokens are not issued when NODE_ENV=production.');
  const claims = DEMO_USERS[user] as unknown as TokenClaims;
  return signToken(config.jwt, { ...claims, roles: [...claims.roles] }, expiresIn);
}
