import { Link } from "../lib/router.tsx";
import { canAdmin, type Role } from "./staff-shell.tsx";

/** A slim bar with the staff links, rendered only for researcher and admin accounts. */
export function StaffNav({ role }: { role: Role }) {
  return (
    <nav className="staff-nav" aria-label="Staff tools">
      <span className="staff-nav-label">Staff tools:</span>
      <Link href="/research">Research dashboard</Link>
      {canAdmin(role) ? <Link href="/admin">Admin</Link> : null}
    </nav>
  );
}
