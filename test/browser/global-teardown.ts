import fs from 'node:fs';
import databaseTeardown from '../helpers/global-teardown';

export default async function globalTeardown(): Promise<void> {
  if (process.env.CONSOLE_DIR) fs.rmSync(process.env.CONSOLE_DIR, { recursive: true, force: true });
  await databaseTeardown();
}
