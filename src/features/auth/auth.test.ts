import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  STRONG_PASSWORD,
  signedInClient,
  type TestApp,
  TestClient,
  uniqueEmail,
} from "../../../test/helper.ts";
import { auditEvents, policyAcceptances, sessions, users } from "../../db/schema.ts";
import { POLICY_VERSION } from "../policy/policy.ts";
import { hashToken } from "./sessions.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const signupBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Ada Worker",
  email: uniqueEmail(),
  password: STRONG_PASSWORD,
  ageConfirmed: true,
  acceptedPolicy: true,
  ...overrides,
});

describe("signup", () => {
  it("creates an account with a trimmed email, stores the policy acceptance and starts a session", async () => {
    const client = new TestClient(t.app);
    const email = uniqueEmail();
    const res = await client.post("/api/auth/signup", signupBody({ email: `  ${email.toUpperCase()} ` }));
    expect(res.statusCode).toBe(201);
    const user = res.json().user;
    expect(user).toMatchObject({ name: "Ada Worker", email: email.toUpperCase() });
    expect(user).not.toHaveProperty("passwordHash");

    const me = await client.get("/api/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      name: "Ada Worker",
      researchOptIn: false,
      policyAcceptanceRequired: false,
    });

    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.emailNormalized).toBe(email);
    expect(row!.passwordHash).toMatch(/^scrypt\$ln=10,r=8,p=1\$/);
    expect(row!.passwordHash).not.toContain(STRONG_PASSWORD);
    const acceptances = await t.database.db
      .select()
      .from(policyAcceptances)
      .where(eq(policyAcceptances.userId, user.id));
    expect(acceptances).toHaveLength(1);
    expect(acceptances[0]!.version).toBe(POLICY_VERSION);
    expect(acceptances[0]!.acceptedAt).toBeInstanceOf(Date);
  });

  it("refuses a duplicate email in another case with 409", async () => {
    const email = uniqueEmail();
    await new TestClient(t.app).signup({ email });
    const res = await new TestClient(t.app).post(
      "/api/auth/signup",
      signupBody({ email: email.toUpperCase() }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("email_taken");
  });

  it.each([
    ["too short", "short pass", "at least 12"],
    ["too long", "a".repeat(129), "at most 128"],
    ["common", "password1234", "common"],
    ["easy to guess", "qwertyqwerty", ""],
  ])("refuses a %s password", async (_label, password, message) => {
    const res = await new TestClient(t.app).post("/api/auth/signup", signupBody({ password }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("validation");
    expect(res.json().error.message).toContain(message);
    expect(res.json().error.details.fields.password).toBeDefined();
  });

  it("accepts a 64-character passphrase without composition rules", async () => {
    const password = "the tide comes in slowly over the mudflats near the old pier now";
    expect(password.length).toBe(64);
    const res = await new TestClient(t.app).post("/api/auth/signup", signupBody({ password }));
    expect(res.statusCode).toBe(201);
  });

  it("requires ageConfirmed and acceptedPolicy to be true", async () => {
    const missing = await new TestClient(t.app).post(
      "/api/auth/signup",
      signupBody({ ageConfirmed: undefined }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields.ageConfirmed).toBeDefined();
    const refused = await new TestClient(t.app).post(
      "/api/auth/signup",
      signupBody({ acceptedPolicy: false }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields.acceptedPolicy).toBeDefined();
  });

  it("refuses unknown fields and wrong types", async () => {
    const unknown = await new TestClient(t.app).post("/api/auth/signup", signupBody({ isAdmin: true }));
    expect(unknown.statusCode).toBe(400);
    const wrongType = await new TestClient(t.app).post("/api/auth/signup", signupBody({ email: 42 }));
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details.fields.email).toBeDefined();
  });
});

describe("login and logout", () => {
  it("logs in with any email case, rotating the session token", async () => {
    const { client, email, password } = await signedInClient(t.app);
    const before = client.cookies.get("aluma_session");
    const res = await client.login(`  ${email.toUpperCase()}`, password);
    expect(res.statusCode).toBe(200);
    const after = client.cookies.get("aluma_session");
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    // The old token no longer works; only its hash was ever stored.
    const old = await t.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: `aluma_session=${before}` },
    });
    expect(old.statusCode).toBe(401);
    const [row] = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashToken(after!)));
    expect(row).toBeDefined();
    const plain = await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, after!));
    expect(plain).toHaveLength(0);
  });

  it("answers the same 401 for an unknown email and a wrong password", async () => {
    const { email } = await signedInClient(t.app);
    const wrong = await new TestClient(t.app).login(email, "not the right password");
    const unknown = await new TestClient(t.app).login(uniqueEmail(), "not the right password");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe("invalid_credentials");
  });

  it("logout ends the session server-side", async () => {
    const { client, user } = await signedInClient(t.app);
    const token = client.cookies.get("aluma_session")!;
    const res = await client.post("/api/auth/logout");
    expect(res.statusCode).toBe(204);
    const replay = await t.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: `aluma_session=${token}` },
    });
    expect(replay.statusCode).toBe(401);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.userId, user.id));
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(["signup", "logout"]));
  });

  it("records failed logins in the audit log without content", async () => {
    const { email, user } = await signedInClient(t.app);
    await new TestClient(t.app, "192.168.77.12").login(email, "definitely wrong password");
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.userId, user.id));
    const failed = events.find((e) => e.event === "login_failed");
    expect(failed).toBeDefined();
    expect(failed!.ip).toBe("192.168.77.0");
  });
});

describe("CSRF", () => {
  it("refuses state-changing requests without a token or with a wrong one", async () => {
    const client = new TestClient(t.app);
    await client.csrf();
    const missing = await client.post("/api/auth/signup", signupBody(), { headers: { "x-csrf-token": "" } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe("csrf");
    const wrong = await client.post(
      "/api/auth/login",
      { email: "a@b.co", password: "x" },
      { headers: { "x-csrf-token": "nope" } },
    );
    expect(wrong.statusCode).toBe(403);
    const noCookie = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "x-csrf-token": client.csrfToken! },
      payload: { email: "a@b.co", password: "x" },
    });
    expect(noCookie.statusCode).toBe(403);
  });

  it("refuses a foreign Origin even with a matching token", async () => {
    const client = new TestClient(t.app);
    const res = await client.post("/api/auth/signup", signupBody(), {
      headers: { origin: "https://evil.example" },
    });
    expect(res.statusCode).toBe(403);
    const ok = await client.post("/api/auth/signup", signupBody(), {
      headers: { origin: "http://localhost:80" },
    });
    expect(ok.statusCode).toBe(201);
  });
});
