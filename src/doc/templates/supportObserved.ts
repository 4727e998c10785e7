import { defineTemplate } from './define.ts';

/*
 * A support desk's ticket journey whose cards are the activities of a real ticketing log
 * ("Helpdesk", Polato 2017: an Italian software company, 2010–2014). A map made from it shows
 * the sample observation set the server derived from that log, so the observed overlay can be
 * seen in one click. Card titles equal the log's activity names; that is how they map.
 */

/** The id of the sample observation set maps from this template show. */
export const SAMPLE_OBSERVATION_SET = 'sample-helpdesk';

export const supportObserved = defineTemplate({
  id: 'support-observed',
  name: 'Support ticket (observed)',
  description: 'A ticket desk drawn as designed, with 4,580 real tickets drawn over it',
  purpose: 'Where do real tickets leave the path we designed, and where do they stall?',
  observedSet: SAMPLE_OBSERVATION_SET,
  stages: [
    { name: 'Report', goal: 'Every problem reaches us with what we need', owner: 'rosa' },
    { name: 'Triage', goal: 'The right person owns it within a day', owner: 'marco' },
    { name: 'Work on it', goal: 'No ticket waits without news', owner: 'marco' },
    { name: 'Resolve', goal: 'Fixed at the first attempt', owner: 'giulia' },
    { name: 'Close', goal: 'Closed only when the customer agrees', owner: 'luca' },
  ],
  lanes: [
    { name: 'Customer actions', kind: 'actions' },
    { name: 'Touchpoints', kind: 'touchpoints' },
    { name: 'Emotions', kind: 'emotion' },
    { name: 'Pain points', kind: 'painpoints' },
    { name: 'Opportunities', kind: 'opportunities' },
    { name: 'Support team', kind: 'backstage' },
  ],
  personas: [
    {
      key: 'client',
      name: 'Business client',
      description: 'Runs the software daily; a blocking bug stops their own customers',
    },
  ],
  people: [
    { key: 'rosa', name: 'Rosa Conti', team: 'Customer portal', color: '#2563eb' },
    { key: 'marco', name: 'Marco Ferri', team: 'First-line support', color: '#ea580c' },
    { key: 'giulia', name: 'Giulia Sala', team: 'Second-line engineering', color: '#16a34a' },
    { key: 'luca', name: 'Luca Moretti', team: 'Customer experience', color: '#db2777' },
  ],
  kpis: [
    {
      name: 'Tickets taken in charge within a day',
      unit: '%',
      target: 90,
      direction: 'higher',
      history: [71, 73, 72, 75, 78, 77, 80],
      owner: 'marco',
      stage: 'Triage',
    },
    {
      name: 'Tickets put on hold',
      unit: '%',
      target: 15,
      direction: 'lower',
      history: [29, 28, 27, 27, 26, 27],
      owner: 'marco',
      stage: 'Work on it',
    },
    {
      name: 'Resolved at first attempt',
      unit: '%',
      target: 80,
      direction: 'higher',
      history: [78, 79, 81, 80, 82, 83, 82, 84],
      owner: 'giulia',
      stage: 'Resolve',
    },
  ],
  cards: [
    // Report
    {
      stage: 'Report',
      lane: 'actions',
      title: 'Insert ticket',
      reviewed: 12,
      description:
        'The client opens a ticket in the portal (most arrive by phone and are typed in by us).',
      emotion: { client: -1 },
      owner: 'rosa',
    },
    {
      stage: 'Report',
      lane: 'touchpoints',
      title: 'Support portal',
      reviewed: 140,
      channel: 'web',
      owner: 'rosa',
    },
    {
      stage: 'Report',
      lane: 'painpoints',
      title: 'Unsure how urgent to mark it',
      reviewed: 20,
      emotion: { client: -1 },
    },
    // Triage
    {
      stage: 'Triage',
      lane: 'backstage',
      kind: 'note',
      title: 'Assign seriousness',
      reviewed: 8,
      description: 'First line rates the ticket: blocking, serious, minor.',
      owner: 'marco',
      evidence: 'data',
    },
    {
      stage: 'Triage',
      lane: 'backstage',
      kind: 'note',
      title: 'Take in charge ticket',
      reviewed: 45,
      description: 'An agent owns the ticket from here to the end.',
      owner: 'marco',
      evidence: 'data',
    },
    {
      stage: 'Triage',
      lane: 'touchpoints',
      title: 'Acknowledgement email',
      reviewed: 200,
      channel: 'email',
      emotion: { client: 0 },
    },
    {
      stage: 'Triage',
      lane: 'actions',
      title: 'Waits for a first answer',
      reviewed: 15,
      evidence: 'anecdotal',
      emotion: { client: -1 },
    },
    // Work on it
    {
      stage: 'Work on it',
      lane: 'actions',
      title: 'Wait',
      reviewed: 6,
      description: 'The ticket is on hold: waiting for the client, a third party or a release.',
      emotion: { client: -2 },
      moment: true,
    },
    {
      stage: 'Work on it',
      lane: 'backstage',
      kind: 'note',
      title: 'Require upgrade',
      reviewed: 120,
      owner: 'giulia',
    },
    {
      stage: 'Work on it',
      lane: 'backstage',
      kind: 'note',
      title: 'Create SW anomaly',
      reviewed: 30,
      owner: 'giulia',
    },
    {
      stage: 'Work on it',
      lane: 'backstage',
      kind: 'note',
      title: 'Resolve SW anomaly',
      reviewed: 95,
      owner: 'giulia',
    },
    {
      stage: 'Work on it',
      lane: 'backstage',
      kind: 'note',
      title: 'Schedule intervention',
      reviewed: 60,
      owner: 'giulia',
    },
    {
      stage: 'Work on it',
      lane: 'painpoints',
      title: 'Tickets wait for days with no news',
      reviewed: 10,
      evidence: 'anecdotal',
      emotion: { client: -2 },
    },
    { stage: 'Work on it', lane: 'opportunities', title: 'Proactive status updates' },
    // Resolve
    {
      stage: 'Resolve',
      lane: 'backstage',
      kind: 'note',
      title: 'Resolve ticket',
      reviewed: 25,
      description: 'The fix is delivered and the ticket marked resolved.',
      owner: 'giulia',
      evidence: 'data',
    },
    {
      stage: 'Resolve',
      lane: 'touchpoints',
      title: 'Resolution email',
      reviewed: 5,
      channel: 'email',
    },
    {
      stage: 'Resolve',
      lane: 'actions',
      title: 'Checks the fix',
      reviewed: 14,
      emotion: { client: 1 },
      moment: true,
    },
    // Close
    {
      stage: 'Close',
      lane: 'touchpoints',
      title: 'Closed',
      reviewed: 7,
      description: 'The ticket is closed and the client told so.',
      channel: 'email',
      emotion: { client: 1 },
      owner: 'luca',
    },
    {
      stage: 'Close',
      lane: 'backstage',
      kind: 'note',
      title: 'Invalid or duplicate',
      reviewed: 180,
      description: 'Tickets closed without work: not a fault, or already reported.',
      activities: ['INVALID', 'DUPLICATE'],
    },
    { stage: 'Close', lane: 'painpoints', title: 'Reopened tickets start over' },
    {
      stage: 'Close',
      lane: 'opportunities',
      title: 'Ask for feedback at closing',
      reviewed: 3,
      owner: 'luca',
    },
  ],
  connections: [
    { from: 'Insert ticket', to: 'Assign seriousness', kind: 'flow' },
    { from: 'Assign seriousness', to: 'Take in charge ticket', kind: 'flow' },
    { from: 'Take in charge ticket', to: 'Resolve ticket', kind: 'flow' },
    { from: 'Resolve ticket', to: 'Closed', kind: 'flow' },
  ],
});
