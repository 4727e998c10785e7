import { useEffect, useRef } from 'react';
import { useUi, useUiStore } from '../editor/MapContext.tsx';

/** The one confirmation dialog of the editor, driven by `askConfirm` in the UI store. */
export function ConfirmDialog() {
  const request = useUi((s) => s.confirm);
  const ui = useUiStore();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);

  const close = () => ui.getState().askConfirm(null);
  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      onClose={close}
      className="m-auto w-[28rem] rounded-xl p-0 shadow-2xl backdrop:bg-slate-900/40"
    >
      {request && (
        <div className="flex flex-col gap-4 p-6">
          <h2 id="confirm-title" className="text-lg font-semibold text-slate-900">
            {request.title}
          </h2>
          <p className="text-slate-600">{request.body}</p>
          <div className="flex justify-end gap-2">
            <button
              type="button"
              autoFocus
              onClick={close}
              className="rounded-lg px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
            >
              Cancel
            </button>
            <button
              type="button"
              onClick={() => {
                request.onConfirm();
                close();
              }}
              className="rounded-lg bg-red-600 px-4 py-2 font-medium text-white hover:bg-red-700"
            >
              {request.confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
