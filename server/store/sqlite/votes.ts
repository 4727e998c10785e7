import type Database from 'better-sqlite3';
import type { Ballot, BallotResult, RoundRecord, VoteStore } from '../store.ts';
import { toRoundRecord, type RoundRow } from '../rows.ts';
import { tally } from '../tally.ts';
import { settle } from './settle.ts';

/*
 * The vote tables of the SQLite backend. Rounds reference their map ON DELETE CASCADE and
 * dots their round: deleting a map deletes its votes in the same transaction.
 */

export const VOTES_SCHEMA = `
CREATE TABLE IF NOT EXISTS vote_rounds (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  card_ids TEXT NOT NULL,
  per_person INTEGER NOT NULL,
  revealed INTEGER NOT NULL DEFAULT 0,
  closed INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS vote_rounds_by_map ON vote_rounds (map_id, closed);
CREATE TABLE IF NOT EXISTS votes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id TEXT NOT NULL REFERENCES vote_rounds (id) ON DELETE CASCADE,
  voter_hash TEXT NOT NULL,
  card_id TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS votes_by_voter ON votes (round_id, voter_hash, card_id);
`;

/** The votes part of the store, over `db` (whose schema includes VOTES_SCHEMA). */
export function sqliteVotes(db: Database.Database): VoteStore {
  const q = {
    insertRound: db.prepare(
      `INSERT INTO vote_rounds (id, map_id, title, card_ids, per_person, revealed, closed, created_at)
       VALUES (?, ?, ?, ?, ?, 0, 0, ?)`,
    ),
    openRounds: db.prepare<[string], RoundRow>(
      'SELECT * FROM vote_rounds WHERE map_id = ? AND closed = 0 ORDER BY created_at DESC',
    ),
    closeOpen: db.prepare('UPDATE vote_rounds SET closed = 1 WHERE map_id = ? AND closed = 0'),
    getRound: db.prepare<[string, string], RoundRow>(
      'SELECT * FROM vote_rounds WHERE map_id = ? AND id = ?',
    ),
    reveal: db.prepare('UPDATE vote_rounds SET revealed = 1 WHERE map_id = ? AND id = ?'),
    close: db.prepare('UPDATE vote_rounds SET closed = 1 WHERE map_id = ? AND id = ?'),
    ballot: db.prepare<[string, string], { card_id: string; n: number }>(
      'SELECT card_id, COUNT(*) AS n FROM votes WHERE round_id = ? AND voter_hash = ? GROUP BY card_id',
    ),
    dots: db.prepare<[string], { voter: string; cardId: string }>(
      'SELECT voter_hash AS voter, card_id AS cardId FROM votes WHERE round_id = ?',
    ),
    insertDot: db.prepare(
      'INSERT INTO votes (round_id, voter_hash, card_id, created_at) VALUES (?, ?, ?, ?)',
    ),
    // The newest of the voter's dots there: the one they placed last goes first.
    deleteDot: db.prepare(
      `DELETE FROM votes WHERE id = (
         SELECT id FROM votes WHERE round_id = ? AND voter_hash = ? AND card_id = ?
         ORDER BY id DESC LIMIT 1)`,
    ),
  };

  const round = (mapId: string, roundId: string) => {
    const row = q.getRound.get(mapId, roundId);
    return row ? toRoundRecord(row) : null;
  };

  // In the round's card order, so every answer lists a ballot the same way.
  const ballotOf = (record: RoundRecord, voterHash: string): Ballot => {
    const counts = new Map(q.ballot.all(record.id, voterHash).map((r) => [r.card_id, r.n]));
    const ballot: Ballot = {};
    for (const cardId of record.cardIds) {
      const n = counts.get(cardId);
      if (n) ballot[cardId] = n;
    }
    return ballot;
  };

  const tallyOf = (roundId: string) => tally(q.dots.all(roundId));

  // Read, check and write in one transaction: concurrent requests are counted exactly.
  const change = db.transaction(
    (
      kind: 'cast' | 'retract',
      b: { mapId: string; roundId: string; voterHash: string; cardId: string },
      check: (round: RoundRecord, before: Ballot) => string | null,
    ): BallotResult<string> => {
      const record = round(b.mapId, b.roundId);
      if (!record) return { ok: false, reason: 'no-round' };
      const refusal = check(record, ballotOf(record, b.voterHash));
      if (refusal) return { ok: false, reason: refusal };
      if (kind === 'cast') q.insertDot.run(b.roundId, b.voterHash, b.cardId, Date.now());
      else q.deleteDot.run(b.roundId, b.voterHash, b.cardId);
      return {
        ok: true,
        round: record,
        ballot: ballotOf(record, b.voterHash),
        tally: tallyOf(b.roundId),
      };
    },
  );

  const createRound = db.transaction((record: RoundRecord): string[] => {
    const closed = q.openRounds.all(record.mapId).map((r) => r.id);
    q.closeOpen.run(record.mapId);
    q.insertRound.run(
      record.id,
      record.mapId,
      record.title,
      JSON.stringify(record.cardIds),
      record.perPerson,
      record.createdAt,
    );
    return closed;
  });

  const setFlag = db.transaction(
    (mapId: string, roundId: string, flag: 'revealed' | 'closed'): RoundRecord | null => {
      (flag === 'revealed' ? q.reveal : q.close).run(mapId, roundId);
      return round(mapId, roundId);
    },
  );

  return {
    createRound: (record) => settle(() => createRound(record)),
    currentRound: (mapId) =>
      settle(() => {
        const row = q.openRounds.get(mapId);
        return row ? toRoundRecord(row) : null;
      }),
    getRound: (mapId, roundId) => settle(() => round(mapId, roundId)),
    setFlag: (mapId, roundId, flag) => settle(() => setFlag(mapId, roundId, flag)),
    change: <R extends string>(
      kind: 'cast' | 'retract',
      b: { mapId: string; roundId: string; voterHash: string; cardId: string },
      check: (round: RoundRecord, before: Ballot) => R | null,
    ) => settle(() => change(kind, b, check) as BallotResult<R>),
    ballot: (mapId, roundId, voterHash) =>
      settle(() => {
        const record = round(mapId, roundId);
        return record ? ballotOf(record, voterHash) : null;
      }),
    tally: (roundId) => settle(() => tallyOf(roundId)),
  };
}
