import { describe, expect, it } from 'vitest';
import { describeConnection, lineLook, lineText } from './connectionLook.ts';

describe('how connections look and read', () => {
  it('draws a missing flow red and dotted, a broken one red and solid, manual ones dashed', () => {
    expect(lineLook('data', 'missing')).toMatchObject({
      color: '#dc2626',
      cap: 'round',
      alarm: true,
    });
    expect(lineLook('data', 'missing').dash).toBeDefined();
    expect(lineLook('data', 'broken')).toMatchObject({
      color: '#dc2626',
      dash: undefined,
      alarm: true,
    });
    expect(lineLook('data', 'manual').dash).toBeDefined();
    expect(lineLook('data', 'automated')).toMatchObject({ dash: undefined, alarm: false });
    expect(lineLook('flow', null).color).not.toBe(lineLook('depends', null).color);
  });

  it('leads the words of a problem flow with its status', () => {
    expect(lineText({ label: 'Loan status', status: 'missing' })).toBe('MISSING · Loan status');
    expect(lineText({ label: '', status: 'broken' })).toBe('BROKEN');
    expect(lineText({ label: ' Leads ', status: 'manual' })).toBe('Leads');
  });

  it('names a connection for screen readers', () => {
    expect(
      describeConnection({ kind: 'data', label: 'Loan status', status: 'missing' }, 'LOS', 'CRM'),
    ).toBe('Data flow from LOS to CRM: Loan status, missing');
    expect(describeConnection({ kind: 'depends', label: '', status: null }, 'Form', 'LOS')).toBe(
      'Form depends on LOS',
    );
    expect(describeConnection({ kind: 'flow', label: '', status: null }, 'A', 'B')).toBe(
      'Flow from A to B',
    );
  });
});
