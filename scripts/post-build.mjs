// Trunk post-build hook (see Trunk.toml), run in the staging folder before
// it becomes dist/:
//  1. adds a Content-Security-Policy that allows only the page's own origin,
//     WebAssembly compilation and the hash of Trunk's inline loader script;
//  2. names the service worker's cache after the build: a hash of every
//     file it serves, so a new build or a data fix gets a fresh cache and
//     the old one is deleted (the placeholder in sw.js);
//  3. in release builds, writes pre-compressed .br and .gz copies of every
//     file but the link preview's PNG, ready for any static host;
//  0. first, splits the WebAssembly into the first download and chunks
//     (scripts/split-wasm.mjs); in release builds minifies wasm-bindgen's JS
//     glue and the chunk loader with terser (Trunk's own minifier stops at
//     its `export default`: 8.5 -> 6.7 kB brotli); updates the integrity
//     hashes Trunk gave the glue and the module.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { splitWasm } from './split-wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
const release = process.env.TRUNK_PROFILE === 'release';

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// The split of the WebAssembly (scripts/split-wasm.mjs) replaces the glue
// and the module Trunk staged under the same names.
const glueLink = html.match(/href="?\.\/([^"\s>]+)\.js"?/);
if (!glueLink) throw new Error('post-build: no JS glue linked from index.html');
const glueStem = glueLink[1];
const split = splitWasm(dir, glueStem, release);

// The integrity attribute Trunk gave a file, for its new content.
const setIntegrity = (file, bytes) => {
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const link = new RegExp(`(<link[^>]*href="?\\./${file.replace(/[.]/g, '\\.')}"?[^>]*integrity=)"?[^"\\s>]+"?`);
  if (!link.test(html)) throw new Error(`post-build: no integrity attribute on ${file}`);
  html = html.replace(link, `$1"${integrity}"`);
};

if (release) {
  const { minify } = await import('terser');
  for (const file of [`${glueStem}.js`, `${split.folder}/__wasm_split.js`]) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const { code } = await minify(before, { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
    console.log(`post-build: minified ${file} (${before.length} -> ${code.length} bytes)`);
  }
}
setIntegrity(`${glueStem}.js`, readFileSync(join(dir, `${glueStem}.js`)));
setIntegrity(`${glueStem}_bg.wasm`, readFileSync(join(dir, `${glueStem}_bg.wasm`)));
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  // Leptos and plotters set style attributes; style elements stay 'self'.
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
// Right after the charset (minification drops the optional <head> tag), so
// the policy is in force before any script.
const charset = /<meta charset="?utf-8"?\s*\/?>/i;
if (!charset.test(html)) throw new Error('post-build: no <meta charset> to anchor the CSP');
html = html.replace(charset, (m) => `${m}${meta}`);
writeFileSync(indexPath, html);
console.log(`post-build: CSP with ${hashes.length} inline script hash(es)`);

// The build's version: a hash over the content of every file but sw.js.
const files = [];
const list = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) list(p);
    else if (!/\.(br|gz)$/.test(name) && p !== join(dir, 'sw.js')) files.push(p);
  }
};
list(dir);
const build = createHash('sha256');
for (const p of files) build.update(p.slice(dir.length)).update(readFileSync(p));
const version = build.digest('hex').slice(0, 16);
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
if (!sw.includes('__BUILD__')) throw new Error('post-build: sw.js has no __BUILD__ placeholder');
if (!sw.includes('/* __CHUNKS__ */')) throw new Error('post-build: sw.js has no __CHUNKS__ placeholder');
const chunkList = split.files.map((f) => `'${f}'`).join(', ');
let swText = sw.replaceAll('__BUILD__', version).replace('/* __CHUNKS__ */', chunkList);
if (release) {
  // Fetched on every first visit: its comments stay in public/sw.js.
  const { minify } = await import('terser');
  swText = (await minify(swText, { compress: true, mangle: true })).code;
}
writeFileSync(swPath, swText);
console.log(`post-build: service worker cache of build ${version}`);

if (release) {
  let count = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      // (Not the PNG, which is compressed already.)
      else if (!/\.(br|gz|png)$/.test(name)) {
        const bytes = readFileSync(p);
        writeFileSync(`${p}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${p}.gz`, gzipSync(bytes, { level: 9 }));
        count += 1;
      }
    }
  };
  walk(dir);
  console.log(`post-build: pre-compressed ${count} files (.br, .gz)`);
}
