import { describe, expect, it } from 'vitest';
import { ownerOptions } from './OwnerPicker.tsx';

const people = [
  { id: 'p1', name: 'Sam Okafor', team: 'Support', color: '#2563eb' },
  { id: 'p2', name: 'Maya Chen', team: 'Marketing', color: '#e11d48' },
  { id: 'p3', name: 'Omar Haddad', team: 'E-commerce', color: '#047857' },
];

describe('ownerOptions', () => {
  it('lists everyone by team when nothing is typed', () => {
    expect(ownerOptions(people, '').map((o) => o.kind === 'person' && o.person.name)).toEqual([
      'Omar Haddad',
      'Maya Chen',
      'Sam Okafor',
    ]);
  });

  it('matches a name or a team, and offers to add who is not there', () => {
    expect(ownerOptions(people, 'supp').map((o) => o.kind)).toEqual(['person', 'create']);
    expect(ownerOptions(people, 'Lena')).toEqual([{ kind: 'create', name: 'Lena' }]);
  });

  it('offers no "add" for an exact name', () => {
    expect(ownerOptions(people, 'maya chen').map((o) => o.kind)).toEqual(['person']);
  });
});
