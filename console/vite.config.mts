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
    // the statistics charts' chunk (ECharts: core, bar, line, grid, legend, tooltip, aria, SVG
    // renderer; ~545 kB, ~183 kB gzipped) is loaded only when the statistics are opened
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/graphql': { target: process.env.HUB_URL ?? 'http://localhost:4000', ws: true },
      '/dev/': { target: process.env.HUB_URL ?? 'http://localhost:4000' },
    },
  },
});
