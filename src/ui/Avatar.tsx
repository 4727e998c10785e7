import { initials } from '../doc/index.ts';

/** A person's initials on their colour; the full name is the accessible name. */
export function Avatar({ name, color, size = 24 }: { name: string; color: string; size?: number }) {
  return (
    <span
      role="img"
      aria-label={`Owner: ${name}`}
      title={name}
      className="inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white"
      style={{ background: color, width: size, height: size, fontSize: size * 0.42 }}
    >
      {initials(name)}
    </span>
  );
}
