// The split of the WebAssembly into a first download and chunks (docs/size.md),
// run by scripts/post-build.mjs in Trunk's staging folder.
//
// Trunk builds the app with the `split` feature (index.html), whose split
// points (`leptos::lazy`, src/views/mod.rs) are imports that only
// wasm-split-cli can resolve, and runs wasm-bindgen on the whole module.
// Here the module cargo linked (with --emit-relocs, build.rs) is split
// instead: the main module goes through wasm-bindgen and wasm-opt under the
// file names Trunk gave the page, the chunks through wasm-opt into a folder
// named after the build (a returning reader's cache never mixes two builds),
// with the loader that fetches them (`__wasm_split.js`, imported by the glue).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOADER = '__wasm_split.js';
export const MANIFEST = 'manifest.json';

/**
 * The files each split point loads: its own module and the shared chunks it
 * waits for, read from the loader wasm-split-cli wrote (before minifying).
 * `{ lab: ['split_lab_<id>.wasm', 'chunk_9.wasm', ...], ... }`
 */
function viewsOf(loader) {
  const fileOf = new Map();
  for (const m of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) fileOf.set(m[1], m[2]);
  const views = {};
  const point = /export const __wasm_split_load_([a-z_]+?)(?:_\d+)? = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\);/g;
  for (const m of loader.matchAll(point)) {
    const deps = m[3].split(',').map((d) => d.trim()).filter(Boolean);
    for (const d of deps) if (!fileOf.has(d)) throw new Error(`split-wasm: chunk ${d} of ${m[1]} has no file`);
    views[m[1]] = [m[2], ...deps.map((d) => fileOf.get(d))];
  }
  return views;
}

const run = (tool, args) => execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });

/**
 * Splits the module Trunk staged. `glueStem` is the name Trunk gave the glue
 * (`shrinkage-atlas-<hash>`). Returns the chunk folder's name and its files.
 */
export function splitWasm(dir, glueStem, release) {
  const profile = release ? 'release' : 'debug';
  const target = process.env.CARGO_TARGET_DIR || 'target';
  const linked = join(target, 'wasm32-unknown-unknown', profile, 'shrinkage-atlas.wasm');
  if (!existsSync(linked)) throw new Error(`split-wasm: no linked module at ${linked}`);
  const work = mkdtempSync(join(tmpdir(), 'atlas-split-'));
  try {
    const parts = join(work, 'parts');
    run('wasm-split-cli', [linked, parts, '--out-name', glueStem]);
    const bound = join(work, 'bound');
    // The chunks link to the main module's function table, an export of the
    // linker's that wasm-bindgen drops unless told to keep it.
    run('wasm-bindgen', ['--target=web', '--no-typescript', '--keep-lld-exports', `--out-dir=${bound}`, `--out-name=${glueStem}`, join(parts, `${glueStem}.wasm`)]);

    const folder = `${glueStem}-chunks`;
    rmSync(join(dir, folder), { recursive: true, force: true });
    mkdirSync(join(dir, folder));
    // wasm-opt -O2 on the main module, -O3 on the chunks: smaller after
    // brotli than -Oz (which shrinks the raw bytes but compresses worse;
    // measured on this build: main 318.6 -> 317.0 kB, the lab's chunks
    // 82.3 -> 80.5 kB) and faster code. The names section is dropped.
    const optimise = (level, from, to) => (release
      ? run('wasm-opt', [level, '--strip-debug', '--strip-producers', from, '-o', to])
      : copyFileSync(from, to));
    optimise('-O2', join(bound, `${glueStem}_bg.wasm`), join(dir, `${glueStem}_bg.wasm`));
    const chunks = readdirSync(parts).filter((f) => f.endsWith('.wasm') && f !== `${glueStem}.wasm`).sort();
    for (const chunk of chunks) optimise('-O3', join(parts, chunk), join(dir, folder, chunk));

    // The glue imports the loader from the chunk folder; the loader imports
    // the glue (for the main module's exports) from one folder up.
    const glue = readFileSync(join(bound, `${glueStem}.js`), 'utf8');
    // (Only the import statements: the import object's keys are the module
    // names the WebAssembly asks for.)
    const from = `from "./${LOADER}"`;
    if (!glue.includes(from)) throw new Error('split-wasm: the glue does not import the chunk loader');
    writeFileSync(join(dir, `${glueStem}.js`), glue.replaceAll(from, `from "./${folder}/${LOADER}"`));
    const loader = readFileSync(join(parts, LOADER), 'utf8');
    if (!loader.includes(`"./${glueStem}.js"`)) throw new Error('split-wasm: the chunk loader does not import the glue');
    writeFileSync(join(dir, folder, LOADER), loader.replaceAll(`"./${glueStem}.js"`, `"../${glueStem}.js"`));
    // Which files each split point fetches, for scripts/report-sizes.mjs.
    const manifest = viewsOf(loader);
    if (Object.keys(manifest).length === 0) throw new Error('split-wasm: no split point in the chunk loader');
    writeFileSync(join(dir, folder, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
    console.log(`split-wasm: main module and ${chunks.length} chunks in ${folder}/`);
    return { folder, files: [...chunks, LOADER].map((f) => `${folder}/${f}`) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
