import { DEMO_USERS } from '../src/demo/district';
import { isDemoUser, mintDemoToken } from '../src/demo/tokens';
import { loadConfig } from '../src/shared/config';

/** npm run token -- <demo user> [expiry]: prints a signed JWT for a demo user (never in production). */
async function main() {
  const config = loadConfig();
  const [user = '', expiry = '8h'] = process.argv.slice(2);
  if (!isDemoUser(user)) {
    console.error(`usage: npm run token -- <${Object.keys(DEMO_USERS).join('|')}> [expiry, e.g. 8h]`);
    process.exit(2);
  }
  console.log(await mintDemoToken(config, user, expiry));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
