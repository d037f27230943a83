// certready's service worker: keeps the built app in the browser's cache so that, after one
// online visit, the app loads and works with the network off. Registered by src/ui/browser.rs.
//
// The file list comes from precache.json, written at build time by scripts/precache-list.sh
// (Trunk hashes the names of the js/wasm/css files). That script also stamps BUILD below with
// the build's version, so every new build changes this file's bytes: the browser then installs
// the new worker, which caches the new build and deletes the old cache.

const BUILD = "unstamped";
const PREFIX = "certready-";
const CACHE = PREFIX + BUILD;

// Trunk's hashed, immutable outputs, e.g. certready-app-0123456789abcdef_bg.wasm, main-….css.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

// Install: cache every file of the build; install (and so `ready`) fails unless all are cached.
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const listing = await (await fetch("precache.json", { cache: "no-store" })).json();
      const cache = await caches.open(CACHE);
      // `reload` bypasses the HTTP cache, so a stale copy never enters this cache.
      await cache.addAll(listing.files.map((url) => new Request(url, { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

// Activate: drop the caches of older builds, and take control of open pages at once.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other origins and other methods are none of our business: the browser handles them.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

// Hashed files never change: serve the cached copy, fetch (and keep) only what is missing.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// Pages and criteria files may change on the server (a scheme owner updating its criteria):
// online, the network's copy wins and refreshes the cache; offline, the cached copy serves.
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    // Any page of the app is index.html (cached as "./").
    if (request.mode === "navigate") {
      const page = await cache.match("./");
      if (page) return page;
    }
    throw offline;
  }
}
