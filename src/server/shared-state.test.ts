import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, STRONG_PASSWORD, type TestApp, TestClient, uniqueEmail } from "../../test/helper.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("several instances", () => {
  it("share sessions through the database", async () => {
    const second = await createTestApp({ database: t.database });
    try {
      const client = new TestClient(t.app);
      await client.signup();
      const token = client.cookies.get("aluma_session");
      const res = await second.app.inject({
        method: "GET",
        url: "/api/me",
        headers: { cookie: `aluma_session=${token}` },
      });
      expect(res.statusCode).toBe(200);
      // Logging out on one instance ends it on the other.
      await client.post("/api/auth/logout");
      const after = await second.app.inject({
        method: "GET",
        url: "/api/me",
        headers: { cookie: `aluma_session=${token}` },
      });
      expect(after.statusCode).toBe(401);
    } finally {
      await second.app.close();
    }
  });
});

describe("logs", () => {
  it("hold no password, cookie, token or email from a full signup and login", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await createTestApp({
      database: t.database,
      env: { LOG_LEVEL: "trace" },
      logStream: stream,
    });
    try {
      const email = uniqueEmail("logcheck");
      const client = new TestClient(logged.app);
      await client.signup({ email, name: "Loggable Name", password: STRONG_PASSWORD });
      await client.post("/api/auth/logout");
      await client.login(email, STRONG_PASSWORD);
      await client.login(email, "a wrong password attempt");
      await client.get("/api/me");
      const output = lines.join("");
      expect(lines.length).toBeGreaterThan(5);
      const secrets = [
        STRONG_PASSWORD,
        "a wrong password attempt",
        email,
        "Loggable Name",
        client.csrfToken!,
      ];
      for (const cookie of client.cookies.values()) secrets.push(cookie);
      for (const secret of secrets) expect(output).not.toContain(secret);
      expect(output).not.toMatch(/scrypt\$/);
    } finally {
      await logged.app.close();
    }
  });
});
