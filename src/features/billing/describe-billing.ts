/** The billing part of GET /api/me. */
import { type Allowance, describeAllowance } from "./allowance.ts";
import { type BillingDeps, isBillingEnabled, type Plan, resolvePlan } from "./plan.ts";

export interface BillingSummary {
  plan: Plan;
  subscriptionStatus: string | null;
  billingEnabled: boolean;
  allowance: Allowance | null;
}

export async function describeBilling(deps: BillingDeps, userId: string): Promise<BillingSummary> {
  if (!isBillingEnabled(deps.config)) {
    return { plan: "unlimited", subscriptionStatus: null, billingEnabled: false, allowance: null };
  }
  const { plan, row } = await resolvePlan(deps, userId);
  return {
    plan,
    subscriptionStatus: row?.status ?? null,
    billingEnabled: true,
    allowance: await describeAllowance(deps, userId, plan),
  };
}
