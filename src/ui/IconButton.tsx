import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The accessible name; also shown as a tooltip. */
  label: string;
  children: ReactNode;
}

/** A small square button with an icon, named for screen readers and tests. */
export function IconButton({ label, children, className, ...rest }: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={`nodrag inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-30 disabled:hover:bg-transparent ${className ?? ''}`}
      {...rest}
    >
      {children}
    </button>
  );
}
