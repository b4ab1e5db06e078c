import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The BM25 inverted index of the matcher's candidate retrieval: one row per (term, listing) of
 * the listings of one kind that are BM25 documents (achievements), with the term's saturated
 * frequency in that listing, tf·(k1 + 1) / (tf + k1·(1 − b + b·|d| / avg|d|)), and of needs
 * (queries), with the term's share of the need's best BM25. A need's score for an achievement is
 * then Σ over its terms of query weight × impact, summed in PostgreSQL over the need's heaviest
 * terms, so retrieval ranks every achievement as the scorer's BM25 would.
 * Written by a listing's own match run (published, changed, or the nightly recompute), removed
 * when it is no longer open. A listing keeps only its heaviest terms, and terms in more than a set
 * share of the documents are left out: no query asks for them (see term-postings.ts).
 *
 * The primary key leads with the listing (a listing's rows are replaced together); the lookup
 * reads a term's postings highest impact first from ix_match_term_posting_impact, which holds
 * every column a lookup needs, so it never visits the table.
 */
@Entity('match_term_posting')
@Index('ix_match_term_posting_impact', ['kind', 'term', 'impact', 'listingId'])
export class MatchTermPosting {
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ type: 'uuid' })
  listingId!: string;

  @PrimaryColumn({ type: 'text' })
  term!: string;

  @Column({ type: 'real' })
  impact!: number;
}
