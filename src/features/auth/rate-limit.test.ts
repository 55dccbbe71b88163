import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../../../test/helper.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ limits: { loginFailAccount: { points: 3, duration: 2 } } });
});
afterAll(async () => t.close());

describe("login rate limits", () => {
  it("answers 429 with Retry-After after 10 failures per account (default limits), from any IP", async () => {
    const defaults = await createTestApp({ database: t.database });
    try {
      const { email, password } = await signedInClient(defaults.app);
      for (let i = 0; i < 10; i++) {
        const res = await new TestClient(defaults.app).login(email, `wrong password ${i}`);
        expect(res.statusCode).toBe(401);
      }
      const blocked = await new TestClient(defaults.app).login(email, password);
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
      expect(blocked.json().error.code).toBe("rate_limited");
    } finally {
      await defaults.app.close();
    }
  });

  it("lets the real user back in once the window has passed", async () => {
    const { email, password } = await signedInClient(t.app);
    for (let i = 0; i < 3; i++) await new TestClient(t.app).login(email, "wrong password again");
    expect((await new TestClient(t.app).login(email, password)).statusCode).toBe(429);
    await new Promise((r) => setTimeout(r, 2_100));
    expect((await new TestClient(t.app).login(email, password)).statusCode).toBe(200);
  });

  it("limits failures per IP across accounts", async () => {
    const perIp = await createTestApp({
      database: t.database,
      limits: { loginFailIp: { points: 4, duration: 60 } },
    });
    try {
      const attacker = new TestClient(perIp.app, "203.0.113.9");
      for (let i = 0; i < 4; i++) {
        expect((await attacker.login(`victim${i}@example.org`, "guess guess guess")).statusCode).toBe(401);
      }
      expect((await attacker.login("victim9@example.org", "guess guess guess")).statusCode).toBe(429);
    } finally {
      await perIp.app.close();
    }
  });

  it("limits signups per IP", async () => {
    const limited = await createTestApp({
      database: t.database,
      limits: { signup: { points: 2, duration: 60 } },
    });
    try {
      const client = new TestClient(limited.app, "198.51.100.7");
      await client.signup();
      await client.signup();
      await expect(client.signup()).rejects.toThrow(/429/);
    } finally {
      await limited.app.close();
    }
  });

  it("applies a global per-IP limit to every /api request", async () => {
    const limited = await createTestApp({
      database: t.database,
      limits: { global: { points: 5, duration: 60 } },
    });
    try {
      const client = new TestClient(limited.app, "198.51.100.99");
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await client.get("/api/auth/csrf")).statusCode);
      expect(codes.slice(0, 5).every((c) => c === 200)).toBe(true);
      expect(codes.slice(5)).toEqual([429, 429]);
    } finally {
      await limited.app.close();
    }
  });

  it("shares limits between two instances through Redis when REDIS_URL is set", async () => {
    const env = { REDIS_URL: "redis://127.0.0.1:6379" };
    const limits = { global: { points: 4, duration: 60 } };
    const a = await createTestApp({ database: t.database, env, limits });
    const b = await createTestApp({ database: t.database, env, limits });
    try {
      const ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        codes.push((await new TestClient(a.app, ip).get("/api/auth/csrf")).statusCode);
        codes.push((await new TestClient(b.app, ip).get("/api/auth/csrf")).statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });
});
