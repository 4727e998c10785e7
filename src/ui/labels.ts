import type { ActionStatus } from '../doc/index.ts';

/* Words for the model's enumerations, shared by the panels that edit them and the reports. */

/** An action's status as people read it. */
export const STATUS_LABELS: Record<ActionStatus, string> = {
  todo: 'To do',
  doing: 'Doing',
  done: 'Done',
};
