import { createContext, useState, type ReactNode } from 'react';
import type { CanvasImager } from './types.ts';

/**
 * Where the canvas (inside React Flow's provider) offers its renderer to the export
 * menu (in the toolbar, outside it). The canvas registers on mount, so the menu
 * always reaches the canvas on screen, past versions included.
 */
export interface CanvasImageRegistry {
  current(): CanvasImager | null;
  /** Offers a renderer; returns the function that withdraws it. */
  register(imager: CanvasImager): () => void;
}

export const CanvasImageContext = createContext<CanvasImageRegistry | null>(null);

function createRegistry(): CanvasImageRegistry {
  const stack: CanvasImager[] = [];
  return {
    current: () => stack[stack.length - 1] ?? null,
    register(imager) {
      stack.push(imager);
      return () => {
        const at = stack.lastIndexOf(imager);
        if (at >= 0) stack.splice(at, 1);
      };
    },
  };
}

/** Mount around both the canvas and the export menu (one per editor). */
export function CanvasImageProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createRegistry);
  return <CanvasImageContext.Provider value={registry}>{children}</CanvasImageContext.Provider>;
}
