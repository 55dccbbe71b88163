import { Link } from "../lib/router.tsx";

/** The logo and name at the start of every top bar, linking home (or to the reflections). */
export function BrandLink({ href }: { href: string }) {
  return (
    <Link href={href} className="brand">
      <img src="/icon.svg" alt="" width="28" height="28" />
      <span>Ask Aluma</span>
    </Link>
  );
}
