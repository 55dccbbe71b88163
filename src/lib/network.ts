import { isIPv4, isIPv6 } from "node:net";

/**
 * Truncates an IP so audit rows and session lists locate a network, not a person: IPv4 keeps
 * /24, IPv6 keeps /48.
 */
export function truncateIp(ip: string | undefined): string | null {
  if (!ip) return null;
  const v4 = ip.startsWith("::ffff:") ? ip.slice(7) : ip;
  if (isIPv4(v4)) return `${v4.split(".").slice(0, 3).join(".")}.0`;
  if (isIPv6(ip)) {
    const groups = expandIpv6(ip);
    return `${groups.slice(0, 3).join(":")}::`;
  }
  return null;
}

function expandIpv6(ip: string): string[] {
  const [head = "", tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right];
}

/** User agents are client-controlled: bound their size before storing them. */
export function truncateUserAgent(ua: string | undefined): string | null {
  if (!ua) return null;
  return ua.slice(0, 256);
}
