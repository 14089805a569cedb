import { SignJWT, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import type { Config } from './config';
import { forbidden, unauthenticated } from './errors';

/** AUDITOR (安全审计员) reads the audit trail only (shared/audit); it is not staff and sees no department's records. */
export const ROLES = ['OFFICER', 'DEPT_ADMIN', 'COORDINATOR', 'ENTERPRISE', 'AUDITOR'] as const;
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

const key = (secret: string) => new TextEncoder().encode(secret);

/** Asymmetric algorithms accepted from the identity provider's key set (JWKS). */
const JWKS_ALGORITHMS = ['RS256', 'ES256'];

type Verify = (token: string) => Promise<JWTPayload>;

/**
 * One verifier per configuration, so the remote key set (jose caches it, refetches on an unknown
 * `kid` after a cooldown, i.e. follows the provider's key rotation) is shared by every request.
 */
const verifiers = new WeakMap<Config['jwt'], Verify>();

function verifierFor(cfg: Config['jwt']): Verify {
  let verify = verifiers.get(cfg);
  if (verify) return verify;
  const common = {
    issuer: cfg.issuer,
    audience: cfg.audience,
    clockTolerance: cfg.clockToleranceSec,
    // a token that never expires is refused: a leaked one would work forever
    requiredClaims: ['exp', 'sub'],
  };
  const jwks = cfg.jwksUrl
    ? createRemoteJWKSet(new URL(cfg.jwksUrl), { cacheMaxAge: cfg.jwksCacheMaxAgeMs, cooldownDuration: cfg.jwksCooldownMs, timeoutDuration: 5000 })
    : null;
  const secret = cfg.secret ? key(cfg.secret) : null;
  verify = async (token) => {
    const { alg } = decodeProtectedHeader(token);
    if (alg === 'HS256' && secret) return (await jwtVerify(token, secret, { ...common, algorithms: ['HS256'] })).payload;
    if (alg && JWKS_ALGORITHMS.includes(alg) && jwks) return (await jwtVerify(token, jwks, { ...common, algorithms: JWKS_ALGORITHMS })).payload;
    throw new joseErrors.JOSEAlgNotAllowed(`"${alg}" tokens are not accepted here`);
  };
  verifiers.set(cfg, verify);
  return verify;
}

/** Signs a token with the configured HS256 secret (development, tests and demo tokens only). */
export async function signToken(cfg: Config['jwt'], claims: TokenClaims, expiresIn: string | number = '8h'): Promise<string> {
  if (!cfg.secret) throw new Error('No JWT_SECRET is configured: tokens come from the identity provider (JWT_JWKS_URL).');
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer(cfg.issuer)
    .setAudience(cfg.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(cfg.secret));
}

/** Verifies `Bearer <jwt>` (HTTP header or WebSocket connectionParams.authorization). Never throws. */
export async function authenticate(cfg: Config['jwt'], authorization: string | null | undefined): Promise<Authentication> {
  if (!authorization) return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <token>".' };
  try {
    const payload = await verifierFor(cfg)(match[1]);
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
      if (err.reason === 'missing') return { kind: 'invalid', reason: `The token lacks the required "${err.claim}" claim.` };
      if (err.claim === 'nbf' || err.claim === 'iat') return { kind: 'invalid', reason: 'The token is not valid yet: check the clocks.' };
      return { kind: 'invalid', reason: `The token was not issued for this hub (${err.claim}).` };
    }
    if (err instanceof joseErrors.JOSEAlgNotAllowed) return { kind: 'invalid', reason: 'The token is signed with an algorithm this hub does not accept.' };
    if (err instanceof joseErrors.JWKSNoMatchingKey) return { kind: 'invalid', reason: 'The token is signed with a key the identity provider does not publish.' };
    if (err instanceof joseErrors.JWKSTimeout || (err as { code?: string }).code === 'ERR_JOSE_GENERIC') {
      return { kind: 'invalid', reason: 'The identity provider\'s keys could not be fetched; try again shortly.' };
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
