/* Ask Aluma service worker: caches the app shell only. It never touches /api: conversations,
 * account data and anything personal always come from the network and are never written to
 * the Cache Storage on this device. */
const PRECACHE = __PRECACHE__;
const CACHE = `aluma-shell-${__VERSION__}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Personal data: straight to the network, never cached.
  if (url.pathname === "/api" || url.pathname.startsWith("/api/")) return;

  if (request.mode === "navigate") {
    // Network first so a deploy is picked up at once; the cached shell only when offline.
    event.respondWith(
      fetch(request).catch(() => caches.match("/", { cacheName: CACHE }).then((r) => r || Response.error())),
    );
    return;
  }
  // Hashed build files never change: serve from cache, and cache lazily loaded ones on first use.
  if (PRECACHE.includes(url.pathname) || url.pathname.startsWith("/assets/")) {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(request).then(
          (hit) =>
            hit ||
            fetch(request).then((response) => {
              if (response.ok && url.pathname.startsWith("/assets/")) cache.put(request, response.clone());
              return response;
            }),
        ),
      ),
    );
  }
});
