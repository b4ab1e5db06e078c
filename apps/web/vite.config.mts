import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

/** The API a `npm run dev:web` session talks to (npm start's default). */
const api = process.env.RONGTONG_API_URL ?? 'http://127.0.0.1:3000';

// The nonce placeholder Vite writes on its tags and in <meta property="csp-nonce">; the API
// replaces it in index.html with a fresh nonce for every response (apps/api/src/web).
const CSP_NONCE_PLACEHOLDER = '__RONGTONG_CSP_NONCE__';

/**
 * antd's helper library inserts a few `<style>` elements of its own, outside the CSS-in-JS that
 * `ConfigProvider csp` covers: the scroll lock of Modal and Drawer (`html body { overflow-y:
 * hidden }`) and the scrollbar measurement of Table with a fixed header. It passes no nonce there
 * (ant-design#58150, react-component/util#613), so a strict `style-src` refuses them and the page
 * logs a CSP violation. Every such element is created by `injectCSS` in one module: this gives it
 * the page's nonce (the same `<meta property="csp-nonce">` the ConfigProvider reads) when the
 * caller passed none. The build fails if the module no longer has the line this rewrites.
 */
function rcUtilStyleNonce(): Plugin {
  const MODULE = /@rc-component[\\/]util[\\/](es|lib)[\\/]Dom[\\/]dynamicCSS\.js$/;
  const ORIGINAL = /if \(csp\?\.nonce\) \{\s*styleNode\.nonce = csp\?\.nonce;\s*\}/;
  return {
    name: 'rongtong:rc-util-style-nonce',
    enforce: 'pre',
    transform(code, id) {
      if (!MODULE.test(id)) return null;
      if (!ORIGINAL.test(code)) {
        this.error(`${id} changed: cannot give its <style> elements the page's CSP nonce`);
      }
      return code.replace(
        ORIGINAL,
        `const pageNonce = csp?.nonce || document.querySelector('meta[property="csp-nonce"]')?.nonce;
  if (pageNonce) {
    styleNode.nonce = pageNonce;
  }`,
      );
    },
  };
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every script, stylesheet and SVG under /assets, once
 * at build (best compression, no per-request CPU); the API sends them to browsers that accept
 * them. Files under 1 KB stay as they are.
 */
function precompressAssets(): Plugin {
  const TEXT = /\.(js|css|svg|json)$/;
  let outDir = '';
  return {
    name: 'rongtong:precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const dir = join(outDir, 'assets');
      const names = (await readdir(dir)).filter((name) => TEXT.test(name));
      await Promise.all(
        names.map(async (name) => {
          const bytes = await readFile(join(dir, name));
          if (bytes.length < 1024) return;
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(bytes, {
              params: {
                [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
                [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
            promisify(gzip)(bytes, { level: 9 }),
          ]);
          await writeFile(join(dir, `${name}.br`), br);
          await writeFile(join(dir, `${name}.gz`), gz);
        }),
      );
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Vite 8 compiles TSX with its built-in Oxc transform (React's automatic runtime).
  oxc: { jsx: { runtime: 'automatic' } },
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  plugins: [rcUtilStyleNonce(), precompressAssets()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Hashed names under /assets: the API caches them for a year.
    assetsDir: 'assets',
    // dist/web/.vite/manifest.json: the chunk graph the bundle-budget test reads.
    manifest: true,
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
