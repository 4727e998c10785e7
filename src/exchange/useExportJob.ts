import { useCallback, useRef, useState } from 'react';

/* One export at a time, with progress for the slow ones and a clear word when it ends. */

export type JobState =
  | { status: 'idle' }
  /** `progress` is 0…1, or null while the length of the work is unknown. */
  | { status: 'running'; label: string; progress: number | null }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

export interface JobControls {
  /** Reports progress of the running job. */
  progress(fraction: number | null, label?: string): void;
}

/** Runs export jobs one after another; the job returns the sentence to show when done. */
export function useExportJob() {
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const running = useRef(false);

  const run = useCallback(
    async (label: string, job: (controls: JobControls) => Promise<string>) => {
      if (running.current) return;
      running.current = true;
      let current = label;
      setState({ status: 'running', label, progress: null });
      const controls: JobControls = {
        progress(fraction, next) {
          current = next ?? current;
          setState({ status: 'running', label: current, progress: fraction });
        },
      };
      try {
        // Let the progress indicator paint before rendering takes the main thread.
        await new Promise((resolve) => setTimeout(resolve, 0));
        setState({ status: 'done', message: await job(controls) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'failed', message: `The export failed: ${message}` });
      } finally {
        running.current = false;
      }
    },
    [],
  );

  return { state, run };
}
