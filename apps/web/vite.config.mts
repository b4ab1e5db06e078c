import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** The API a `npm run dev:web` session talks to (npm start's default). */
const api = process.env.RONGTONG_API_URL ?? 'http://127.0.0.1:3000';

// The nonce placeholder Vite writes on its tags and in <meta property="csp-nonce">; the API
// replaces it in index.html with a fresh nonce for every response (apps/api/src/web).
const CSP_NONCE_PLACEHOLDER = '__RONGTONG_CSP_NONCE__';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Vite 8 compiles TSX with its built-in Oxc transform (React's automatic runtime).
  oxc: { jsx: { runtime: 'automatic' } },
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Hashed names under /assets: the API caches them for a year.
    assetsDir: 'assets',
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components; meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(
      ['/api', '/health', '/admin'].map((path) => [
        path,
        {
          target: api,
          // The API accepts cookie-session refreshes only from its own origin (CSRF check).
          headers: { origin: new URL(api).origin },
        },
      ]),
    ),
  },
});
