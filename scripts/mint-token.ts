import { DEMO_USERS, type DemoUserName } from '../src/demo/district';
import { signToken, type TokenClaims } from '../src/shared/auth';
import { loadConfig } from '../src/shared/config';

/**
 * npm run token -- <demo user> [expiry]: prints a signed JWT for one of the demo district's users.
 * Development only: refused when NODE_ENV=production, where tokens come from the identity provider.
 */
async function main() {
  const config = loadConfig();
  if (config.env === 'production') {
    console.error('Refusing to mint tokens when NODE_ENV=production: use your identity provider.');
    process.exit(2);
  }
  const [user, expiry = '8h'] = process.argv.slice(2);
  if (!user || !(user in DEMO_USERS)) {
    console.error(`usage: npm run token -- <${Object.keys(DEMO_USERS).join('|')}> [expiry, e.g. 8h]`);
    process.exit(2);
  }
  const claims = DEMO_USERS[user as DemoUserName] as unknown as TokenClaims;
  console.log(await signToken(config.jwt, { ...claims, roles: [...claims.roles] }, expiry));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
