import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Config } from './config';
import { forbidden, unauthenticated } from './errors';

export const ROLES = ['OFFICER', 'DEPT_ADMIN', 'COORDINATOR', 'ENTERPRISE'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller, from the JWT claims of DESIGN §6. */
export interface Viewer {
  id: string;
  displayName: string;
  /** Department code (police, market, tax, judicial, …); absent for enterprise users. */
  department: string | null;
  roles: Role[];
  /** For ENTERPRISE users: the one enterprise they act for. */
  uscc: string | null;
}

export interface TokenClaims {
  sub: string;
  name: string;
  dept?: string | null;
  roles: Role[];
  uscc?: string | null;
}

/** What the caller presented: a viewer, nothing, or a token that failed verification (and why). */
export type Authentication =
  | { kind: 'viewer'; viewer: Viewer; /** ms since epoch, from `exp` */ expiresAt: number | null }
  | { kind: 'anonymous' }
  | { kind: 'invalid'; reason: string };

const key = (cfg: Config['jwt']) => new TextEncoder().encode(cfg.secret);

export async function signToken(cfg: Config['jwt'], claims: TokenClaims, expiresIn: string | number = '8h'): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(cfg.issuer)
    .setAudience(cfg.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(cfg));
}

/** Verifies `Bearer <jwt>` (HTTP header or WebSocket connectionParams.authorization). Never throws. */
export async function authenticate(cfg: Config['jwt'], authorization: string | null | undefined): Promise<Authentication> {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <token>".' };
  try {
    const { payload } = await jwtVerify(match[1], key(cfg), {
      issuer: cfg.issuer,
      audience: cfg.audience,
      algorithms: ['HS256'],
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    if (!payload.sub || typeof payload.name !== 'string' || roles.length === 0) {
      return { kind: 'invalid', reason: 'The token lacks required claims (sub, name, roles).' };
    }
    return {
      kind: 'viewer',
      expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : null,
      viewer: {
        id: payload.sub,
        displayName: payload.name,
        department: typeof payload.dept === 'string' ? payload.dept : null,
        roles,
        uscc: typeof payload.uscc === 'string' ? payload.uscc : null,
      },
    };
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) return { kind: 'invalid', reason: 'The token has expired: sign in again.' };
    if (err instanceof joseErrors.JWSSignatureVerificationFailed) {
      return { kind: 'invalid', reason: 'The token signature is not valid.' };
    }
    if (err instanceof joseErrors.JWTClaimValidationFailed) {
      return { kind: 'invalid', reason: `The token was not issued for this hub (${err.claim}).` };
    }
    return { kind: 'invalid', reason: 'The token could not be read.' };
  }
}

/** The viewer, or UNAUTHENTICATED explaining why there is none. */
export function requireViewer(auth: Authentication): Viewer {
  if (auth.kind === 'viewer') return auth.viewer;
  if (auth.kind === 'invalid') throw unauthenticated(auth.reason);
  throw unauthenticated();
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r));
}

/** Enterprise users may only look at their own enterprise; staff may look at any. */
export function assertMayViewEnterprise(viewer: Viewer, uscc: string): void {
  const isStaff = hasRole(viewer, 'OFFICER', 'DEPT_ADMIN', 'COORDINATOR');
  if (!isStaff && viewer.uscc !== uscc) {
    throw forbidden('Enterprise users can only see their own enterprise.');
  }
}
