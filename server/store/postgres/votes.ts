import type { Ballot, BallotResult, RoundRecord, VoteStore } from '../store.ts';
import { toRoundRecord, type RoundRow } from '../rows.ts';
import { tally } from '../tally.ts';
import { num, type Query, type SqlClient } from './sql.ts';

/*
 * Vote rounds and dots in the PostgreSQL backend. A ballot change locks its round's row
 * (SELECT … FOR UPDATE), reads, checks and writes in one transaction: concurrent requests on
 * one round, from any process, are counted exactly.
 */

const round = async (q: Query, mapId: string, roundId: string, lock = false) => {
  const [row] = await q<RoundRow>(
    `SELECT * FROM vote_rounds WHERE map_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [mapId, roundId],
  );
  return row ? toRoundRecord(row) : null;
};

// In the round's card order, so every answer lists a ballot the same way.
const ballotOf = async (q: Query, record: RoundRecord, voterHash: string): Promise<Ballot> => {
  const rows = await q<{ card_id: string; n: string }>(
    'SELECT card_id, count(*) AS n FROM votes WHERE round_id = $1 AND voter_hash = $2 GROUP BY card_id',
    [record.id, voterHash],
  );
  const counts = new Map(rows.map((r) => [r.card_id, num(r.n)]));
  const ballot: Ballot = {};
  for (const cardId of record.cardIds) {
    const n = counts.get(cardId);
    if (n) ballot[cardId] = n;
  }
  return ballot;
};

const tallyOf = async (q: Query, roundId: string) =>
  tally(
    await q<{ voter: string; cardId: string }>(
      'SELECT voter_hash AS voter, card_id AS "cardId" FROM votes WHERE round_id = $1',
      [roundId],
    ),
  );

export function postgresVotes(db: SqlClient): VoteStore {
  return {
    createRound: (record) =>
      db.tx(async (q) => {
        const closed = await q<{ id: string }>(
          'UPDATE vote_rounds SET closed = TRUE WHERE map_id = $1 AND closed = FALSE RETURNING id',
          [record.mapId],
        );
        await q(
          `INSERT INTO vote_rounds (id, map_id, title, card_ids, per_person, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            record.id,
            record.mapId,
            record.title,
            JSON.stringify(record.cardIds),
            record.perPerson,
            record.createdAt,
          ],
        );
        return closed.map((r) => r.id);
      }),
    currentRound: async (mapId) => {
      const [row] = await db.query<RoundRow>(
        'SELECT * FROM vote_rounds WHERE map_id = $1 AND closed = FALSE ORDER BY created_at DESC LIMIT 1',
        [mapId],
      );
      return row ? toRoundRecord(row) : null;
    },
    getRound: (mapId, roundId) => round(db.query, mapId, roundId),
    setFlag: (mapId, roundId, flag) =>
      db.tx(async (q) => {
        const column = flag === 'revealed' ? 'revealed' : 'closed';
        await q(`UPDATE vote_rounds SET ${column} = TRUE WHERE map_id = $1 AND id = $2`, [
          mapId,
          roundId,
        ]);
        return round(q, mapId, roundId);
      }),
    change: <R extends string>(
      kind: 'cast' | 'retract',
      b: { mapId: string; roundId: string; voterHash: string; cardId: string },
      check: (round: RoundRecord, before: Ballot) => R | null,
    ) =>
      db.tx(async (q): Promise<BallotResult<R>> => {
        const record = await round(q, b.mapId, b.roundId, true);
        if (!record) return { ok: false, reason: 'no-round' };
        const refusal = check(record, await ballotOf(q, record, b.voterHash));
        if (refusal) return { ok: false, reason: refusal };
        if (kind === 'cast')
          await q(
            'INSERT INTO votes (round_id, voter_hash, card_id, created_at) VALUES ($1, $2, $3, $4)',
            [b.roundId, b.voterHash, b.cardId, Date.now()],
          );
        // The newest of the voter's dots there: the one they placed last goes first.
        else
          await q(
            `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE round_id = $1
               AND voter_hash = $2 AND card_id = $3 ORDER BY id DESC LIMIT 1)`,
            [b.roundId, b.voterHash, b.cardId],
          );
        return {
          ok: true,
          round: record,
          ballot: await ballotOf(q, record, b.voterHash),
          tally: await tallyOf(q, b.roundId),
        };
      }),
    ballot: async (mapId, roundId, voterHash) => {
      const record = await round(db.query, mapId, roundId);
      return record ? ballotOf(db.query, record, voterHash) : null;
    },
    tally: (roundId) => tallyOf(db.query, roundId),
  };
}
