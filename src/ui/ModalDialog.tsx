import { useEffect, useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';

interface ModalDialogProps {
  title: string;
  /** Tailwind width class, e.g. "w-[36rem]". */
  width: string;
  onClose(): void;
  children: ReactNode;
  /** The <dialog> element, for callers that close it themselves. */
  ref?: Ref<HTMLDialogElement>;
}

/** A modal dialog that opens when mounted, with its title and a Close button. */
export function ModalDialog({ title, width, onClose, children, ref }: ModalDialogProps) {
  const inner = useRef<HTMLDialogElement>(null);
  const id = useId();
  useImperativeHandle(ref, () => inner.current!, []);
  useEffect(() => {
    if (!inner.current?.open) inner.current?.showModal();
  }, []);
  return (
    <dialog
      ref={inner}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className={`m-auto ${width} max-w-[calc(100vw-2rem)] rounded-xl p-0 shadow-2xl backdrop:bg-slate-900/40`}
    >
      <div className="flex flex-col gap-5 p-6">
        <div className="flex items-center justify-between">
          <h2 id={`${id}-title`} className="text-xl font-semibold text-slate-900">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => inner.current?.close()}
            className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100"
          >
            Close
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
