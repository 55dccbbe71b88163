import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../../test/helper.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("security headers", () => {
  it("sets a strict CSP, nosniff, referrer policy and no-store on /api", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(res.headers["cache-control"]).toBe("no-store");
    // Plain HTTP: no HSTS, which browsers would ignore anyway.
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("cookies", () => {
  it("over HTTP: HttpOnly, SameSite=Lax, Path=/, no Secure", async () => {
    const client = new TestClient(t.app);
    await client.csrf();
    const res = await client.post("/api/auth/signup", {
      name: "Cookie Test",
      email: `cookie.${Date.now()}@example.org`,
      password: "quiet harbor lantern 42",
      ageConfirmed: true,
      acceptedPolicy: true,
    });
    const setCookie = ([] as string[])
      .concat(res.headers["set-cookie"] ?? [])
      .find((c) => c.startsWith("aluma_session="));
    expect(setCookie).toBeDefined();
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it("over HTTPS: Secure and the __Host- prefix, plus HSTS", async () => {
    const https = await createTestApp({ env: { PUBLIC_URL: "https://aluma.example" }, database: t.database });
    try {
      const client = new TestClient(https.app);
      await client.csrf();
      const res = await client.post(
        "/api/auth/signup",
        {
          name: "Secure Test",
          email: `secure.${Date.now()}@example.org`,
          password: "quiet harbor lantern 42",
          ageConfirmed: true,
          acceptedPolicy: true,
        },
        { headers: { origin: "https://aluma.example" } },
      );
      expect(res.statusCode).toBe(201);
      const cookies = ([] as string[]).concat(res.headers["set-cookie"] ?? []);
      const session = cookies.find((c) => c.startsWith("__Host-aluma_session="));
      expect(session).toMatch(/Secure/);
      expect(session).toMatch(/HttpOnly/);
      expect(session).toMatch(/Path=\//);
      expect(session).not.toMatch(/Domain=/);
      expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      expect((await client.get("/api/me")).statusCode).toBe(200);
    } finally {
      await https.close();
    }
  });

  it("behind a trusted proxy, X-Forwarded-Proto https makes cookies Secure", async () => {
    const proxied = await createTestApp({ env: { TRUST_PROXY: "true" }, database: t.database });
    try {
      const res = await proxied.app.inject({
        method: "GET",
        url: "/api/auth/csrf",
        headers: { "x-forwarded-proto": "https" },
      });
      expect(String(res.headers["set-cookie"])).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });
});

describe("bad input", () => {
  it("answers 400 invalid_json for malformed JSON", async () => {
    const client = new TestClient(t.app);
    const res = await client.post("/api/auth/login", '{"email": "a@b.co", "password": ', {
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("invalid_json");
  });

  it("answers 413 over the body limit", async () => {
    const client = new TestClient(t.app);
    const res = await client.post("/api/auth/login", { email: "a@b.co", password: "x".repeat(200_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("payload_too_large");
  });

  it("answers 401 for private routes without a session and 404 JSON for unknown /api paths", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    const missing = await t.app.inject({ method: "GET", url: "/api/nope" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not_found");
  });

  it("never answers 5xx to random JSON bodies on any route", async () => {
    const { client } = await signedInClient(t.app);
    const conversation = (await client.post("/api/conversations", {})).json() as { id: string };
    const folder = (await client.post("/api/folders", { name: "Supervision" })).json() as { id: string };
    const routes: Array<["POST" | "PATCH" | "PUT" | "DELETE", string]> = [
      ["POST", "/api/auth/signup"],
      ["POST", "/api/auth/login"],
      ["PATCH", "/api/me"],
      ["PUT", "/api/me/password"],
      ["PUT", "/api/me/research"],
      ["POST", "/api/me/policy"],
      ["POST", "/api/folders"],
      ["PATCH", `/api/folders/${folder.id}`],
      ["POST", "/api/conversations"],
      ["PATCH", `/api/conversations/${conversation.id}`],
      ["POST", `/api/conversations/${conversation.id}/messages`],
      ["POST", "/api/redact"],
      ["POST", "/api/telemetry/crash"],
      ["DELETE", "/api/me"],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.jsonValue({ maxDepth: 3 }),
        async ([method, url], body) => {
          const res = await client.request(method, url, JSON.stringify(body), {
            headers: { "content-type": "application/json" },
          });
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) expect(res.json().error.code).toEqual(expect.any(String));
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe("health", () => {
  it("answers 503 with Retry-After when the database is unreachable", async () => {
    const { openTestDatabase } = await import("../../test/helper.ts");
    const database = await openTestDatabase();
    const broken = await createTestApp({ database });
    try {
      await database.close();
      const res = await broken.app.inject({ method: "GET", url: "/api/health" });
      expect(res.statusCode).toBe(503);
      expect(res.headers["retry-after"]).toBeDefined();
      expect(res.json().error.code).toBe("unavailable");
      expect(res.body).not.toMatch(/select|pglite|postgres/i);
    } finally {
      await broken.app.close();
    }
  });
});
