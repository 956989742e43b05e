import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import zaloMiniApp from 'zmp-vite-plugin';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The Zalo app settings (title, header...) copied into www/app-config.json by the build. */
const appConfig = JSON.parse(readFileSync(path.join(here, 'app-config.json'), 'utf8'));

/**
 * The HTML entries. `main` is the citizens' Mini App, the only one Zalo loads (see zaloAppConfig below).
 * `console` is the officers' console (console.html → src/console/main.tsx), served by the server at /console.
 */
const entries: Record<string, string> = {
  main: path.join(here, 'index.html'),
  console: path.join(here, 'console.html'),
};

/**
 * Rewrites www/app-config.json after zmp-vite-plugin wrote it, keeping only the `main` entry's graph.
 *
 * zmp-vite-plugin lists every entry chunk as listSyncJS and every CSS file as listCSS; with a second HTML
 * entry (the console) Zalo would load the console's script and styles too. zmp-cli deploy uploads www/ and
 * reads www/app-config.json in the same format: {app, listCSS, listSyncJS, listAsyncJS, pages}, paths
 * relative to www/.
 */
function zaloAppConfig(entryName: string): Plugin {
  return {
    name: 'cchc-zalo-app-config',
    apply: 'build',
    writeBundle: {
      order: 'post',
      sequential: true,
      handler(options, bundle) {
        const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry && c.name === entryName);
        if (!entry || !options.dir) throw new Error(`app-config.json: no entry chunk named "${entryName}"`);
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const staticImports: string[] = [];
        const css = new Set<string>();
        const visit = (fileName: string, seen: Set<string>) => {
          const chunk = byName.get(fileName);
          if (!chunk || seen.has(fileName)) return;
          seen.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((f) => css.add(f));
          chunk.imports.forEach((f) => visit(f, seen));
          if (fileName !== entry.fileName) staticImports.push(fileName);
        };
        visit(entry.fileName, new Set());
        const json = {
          app: appConfig.app,
          listCSS: [...css, ...(appConfig.listCSS ?? [])],
          listSyncJS: [entry.fileName, ...(appConfig.listSyncJS ?? [])],
          listAsyncJS: [...staticImports, ...(appConfig.listAsyncJS ?? [])],
          pages: [],
        };
        writeFileSync(path.join(options.dir, 'app-config.json'), JSON.stringify(json, null, 2));
      },
    },
  };
}

/**
 * zmp-vite-plugin sets base "./" (required: in Zalo the files are served from a versioned CDN folder and
 * lazy chunks are found relative to the importing module). A browser opening a deep link such as
 * /procedures/1.000894 would then ask for /procedures/assets/…; the server serves www/ at "/", so the HTML
 * pages (never used by Zalo, which reads app-config.json) point at /assets/ instead.
 */
function absoluteAssetsInHtml(): Plugin {
  return {
    name: 'cchc-absolute-assets-in-html',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/(src|href)="\.\/assets\//g, '$1="/assets/'),
    },
  };
}

/** In `vite dev`, /console and its deep links get console.html, as the server's fallback does in production. */
function consoleDevFallback(): Plugin {
  return {
    name: 'cchc-console-dev-fallback',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (/^\/console(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path)) req.url = '/console.html';
        next();
      });
    },
  };
}

export default defineConfig({
  root: here,
  plugins: [react(), zaloMiniApp(appConfig), zaloAppConfig('main'), absoluteAssetsInHtml(), consoleDevFallback()],
  build: {
    outDir: path.join(here, 'www'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    rollupOptions: {
      input: entries,
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': process.env.API_PROXY_TARGET ?? 'http://localhost:3000',
    },
  },
});
