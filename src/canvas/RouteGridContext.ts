import { createContext } from 'react';
import type { RouteGrid } from './route.ts';

/** The free channels of the map on screen, for routing edges around its cards (route.ts). */
export const RouteGridContext = createContext<RouteGrid>({ bands: [], cards: [], gap: 16 });
