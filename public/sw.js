// Service worker of the Shrinkage Atlas: keeps the app working offline once
// it has been loaded. No request leaves the page's origin.
//
// Install: fetch the page, read the hashed file names of the app out of it,
// and cache them with the data files. Afterwards: the page and the data
// files (whose names do not change when their content does) come from the
// network first, the cached copy offline; the content-hashed app files from
// the cache first.
//
// The cache is named after the build (scripts/post-build.mjs puts a hash of
// every file served in place of the placeholder), so this file changes with any
// build or data fix: the browser installs the new worker, which deletes the
// old build's cache when it takes over.
const CACHE = 'shrinkage-atlas-__BUILD__';
// The lab's Web Worker script is not linked from the page, so it is named here,
// as are the WebAssembly's chunks (scripts/post-build.mjs writes their names).
const DATA = ['data/atlas.json', 'data/details.json', 'data/cohorts.json', 'data/counties-map.json', 'lab-worker.js'];
const CHUNKS = [/* __CHUNKS__ */];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('./', { cache: 'no-store' });
    const html = await page.clone().text();
    await cache.put('./', page);
    // (Quoted or not: the release build's minified page drops the quotes.)
    const assets = [...html.matchAll(/(?:href|src)=["']?([^"'\s>]+\.(?:js|wasm|css))/g)].map((m) => m[1]);
    await cache.addAll([...new Set([...assets, ...DATA, ...CHUNKS])]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: network first (new builds), the cached copy offline.
    event.respondWith(fetch(request).then((response) => {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put('./', copy));
      return response;
    }).catch(() => caches.match('./')));
    return;
  }
  if (url.pathname.includes('/data/') && url.pathname.endsWith('.json')) {
    // Data: network first, so a data fix reaches returning readers; the
    // cached copy when offline.
    event.respondWith(fetch(request, { cache: 'no-cache' }).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    }).catch(() => caches.match(request, { ignoreSearch: true })));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  })));
});
