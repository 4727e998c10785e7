import { forWhiteText } from './contrast.ts';
import { initials } from './initials.ts';

/** A person's initials on their colour; the full name is the accessible name. */
export function Avatar({
  name,
  color,
  size = 24,
  decorative = false,
}: {
  name: string;
  color: string;
  size?: number;
  /** Next to the name already (a list option): hidden from screen readers. */
  decorative?: boolean;
}) {
  return (
    <span
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : `Owner: ${name}`}
      aria-hidden={decorative || undefined}
      title={name}
      className="inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white"
      style={{ background: forWhiteText(color), width: size, height: size, fontSize: size * 0.42 }}
    >
      {initials(name)}
    </span>
  );
}
