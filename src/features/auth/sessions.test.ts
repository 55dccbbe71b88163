import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../../../test/helper.ts";
import { createManualClock } from "../../lib/clock.ts";

const DAY = 86_400_000;
const clock = createManualClock();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

describe("session expiry", () => {
  it("ends a session idle for longer than the idle limit (7 days)", async () => {
    const { client } = await signedInClient(t.app);
    clock.advance(6 * DAY);
    expect((await client.get("/api/me")).statusCode).toBe(200);
    clock.advance(6 * DAY); // active 6 days ago: still inside the idle window
    expect((await client.get("/api/me")).statusCode).toBe(200);
    clock.advance(7 * DAY + 1000);
    expect((await client.get("/api/me")).statusCode).toBe(401);
    // Gone server-side: going back in time does not revive it.
    clock.advance(-8 * DAY);
    expect((await client.get("/api/me")).statusCode).toBe(401);
  });

  it("ends an active session after the absolute limit (30 days)", async () => {
    const { client } = await signedInClient(t.app);
    for (let day = 0; day < 29; day += 5) {
      clock.advance(5 * DAY);
      expect((await client.get("/api/me")).statusCode).toBe(200);
    }
    clock.advance(2 * DAY);
    expect((await client.get("/api/me")).statusCode).toBe(401);
  });
});

describe("sessions list and revoke", () => {
  it("lists devices with browser, OS and last seen, and revokes one", async () => {
    const { email, password, client: phone } = await signedInClient(t.app);
    const laptop = new TestClient(t.app);
    await laptop.request(
      "POST",
      "/api/auth/login",
      { email, password },
      {
        headers: {
          "user-agent":
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        },
      },
    );
    const list = await laptop.get("/api/me/sessions");
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Array<{
      id: string;
      browser: string;
      os: string;
      current: boolean;
      lastSeenAt: string;
    }>;
    expect(items).toHaveLength(2);
    const current = items.find((i) => i.current)!;
    expect(current.browser).toMatch(/Safari/);
    expect(current.os).toMatch(/Mac OS/);
    expect(Date.parse(current.lastSeenAt)).not.toBeNaN();

    const other = items.find((i) => !i.current)!;
    expect((await laptop.delete(`/api/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await phone.get("/api/me")).statusCode).toBe(401);
    expect((await laptop.get("/api/me")).statusCode).toBe(200);
  });

  it("answers 404 for another user's session", async () => {
    const { client: alice } = await signedInClient(t.app);
    const { client: bob } = await signedInClient(t.app);
    const bobSession = (await bob.get("/api/me/sessions")).json().items[0].id;
    expect((await alice.delete(`/api/me/sessions/${bobSession}`)).statusCode).toBe(404);
    expect((await bob.get("/api/me")).statusCode).toBe(200);
  });
});

describe("password change", () => {
  it("needs the current password and ends every other session", async () => {
    const { client, email, password } = await signedInClient(t.app);
    const other = new TestClient(t.app);
    expect((await other.login(email, password)).statusCode).toBe(200);

    const wrong = await client.put("/api/me/password", {
      currentPassword: "wrong password here",
      newPassword: "a brand new passphrase",
    });
    expect(wrong.statusCode).toBe(401);
    const weak = await client.put("/api/me/password", {
      currentPassword: password,
      newPassword: "password1234",
    });
    expect(weak.statusCode).toBe(400);

    const ok = await client.put("/api/me/password", {
      currentPassword: password,
      newPassword: "a brand new passphrase",
    });
    expect(ok.statusCode).toBe(204);
    expect((await client.get("/api/me")).statusCode).toBe(200);
    expect((await other.get("/api/me")).statusCode).toBe(401);
    expect((await new TestClient(t.app).login(email, password)).statusCode).toBe(401);
    expect((await new TestClient(t.app).login(email, "a brand new passphrase")).statusCode).toBe(200);
  });
});

describe("profile", () => {
  it("changes the name freely and the email only with the current password", async () => {
    const { client, password } = await signedInClient(t.app);
    const renamed = await client.patch("/api/me", { name: "  New Name " });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe("New Name");
    const noPassword = await client.patch("/api/me", { email: "new.address@example.org" });
    expect(noPassword.statusCode).toBe(401);
    const ok = await client.patch("/api/me", { email: "New.Address@example.org", currentPassword: password });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().email).toBe("New.Address@example.org");
    const empty = await client.patch("/api/me", {});
    expect(empty.statusCode).toBe(400);
  });

  it("refuses an email another account already uses, in any case, with 409", async () => {
    const { email: taken } = await signedInClient(t.app);
    const { client, password } = await signedInClient(t.app);
    const res = await client.patch("/api/me", { email: taken.toUpperCase(), currentPassword: password });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("email_taken");
    expect(res.json().error.details.fields.email).toBeDefined();
  });
});
