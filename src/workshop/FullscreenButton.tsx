import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};
const isFullscreen = () => document.fullscreenElement !== null;

/** Enters or leaves full screen (the Fullscreen API); hidden where the browser has none. */
export function FullscreenButton({ className }: { className: string }) {
  const on = useSyncExternalStore(subscribe, isFullscreen, () => false);
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      aria-pressed={on}
      className={className}
      onClick={() => {
        const done = on ? document.exitFullscreen() : document.documentElement.requestFullscreen();
        // Refused (no user gesture, a policy): presenting goes on in the window.
        void done.catch(() => {});
      }}
    >
      Full screen
    </button>
  );
}
