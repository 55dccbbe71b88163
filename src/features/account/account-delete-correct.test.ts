/** Policy section 9, "Correct inaccurate data": profile edits, with the email guarded by the password. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp, uniqueEmail } from "../../../test/helper.ts";
import { auditEvents } from "../../db/schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("PATCH /api/me", () => {
  it("corrects the name without a password", async () => {
    const { client } = await signedInClient(t.app, { name: "Jo Typo" });
    const res = await client.patch("/api/me", { name: "Jo Correct" });
    expect(res.statusCode).toBe(200);
    expect(res.json().name).toBe("Jo Correct");
  });

  it("changes the email only with the current password, and audits it", async () => {
    const { client, user, password } = await signedInClient(t.app);
    const email = uniqueEmail("moved");
    expect((await client.patch("/api/me", { email })).statusCode).toBe(401);
    expect((await client.patch("/api/me", { email, currentPassword: "not the password" })).statusCode).toBe(
      401,
    );
    const res = await client.patch("/api/me", { email, currentPassword: password });
    expect(res.statusCode).toBe(200);
    expect(res.json().email).toBe(email);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.userId, user.id));
    expect(events.map((e) => e.event)).toContain("email_changed");
  });
});
