import path from 'node:path';
import { defineConfig } from 'vite';

// Built into dist/console, which the gateway serves at `/` (src/gateway/console.ts). In
// development (`npx vite --config console/vite.config.ts`) the API is proxied to a running hub.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/console'),
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/graphql': { target: process.env.HUB_URL ?? 'http://localhost:4000', ws: true },
      '/dev/': { target: process.env.HUB_URL ?? 'http://localhost:4000' },
    },
  },
});
