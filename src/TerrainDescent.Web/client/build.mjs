// Bundles the page's script and copies the libraries' style sheets into ../wwwroot/lib (generated, not committed).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../wwwroot/lib/', import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('./src/main.js', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['es2020'],
  outfile: new URL('app.js', out).pathname,
  logLevel: 'warning',
});
copyFileSync(new URL('./node_modules/ol/ol.css', import.meta.url), new URL('ol.css', out));
copyFileSync(new URL('./node_modules/uplot/dist/uPlot.min.css', import.meta.url), new URL('uPlot.min.css', out));
