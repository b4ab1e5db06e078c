import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Document frequencies of text terms over a set of listings, by what was counted (`kind`):
 * 'achievement', character bigrams of the published achievements, for the matcher's BM25
 * (libs/matching/src/text/bm25.ts); 'words', jieba's candidate words of the published needs and
 * achievements, the IDF of keyword extraction (text/keyword-extraction.ts). Only terms in at
 * least two listings are kept; each kind is replaced as a whole by each refresh.
 */
@Entity('match_term_statistic')
export class MatchTermStatistic {
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ type: 'text' })
  term!: string;

  @Column({ type: 'integer' })
  documents!: number;
}

/** The totals of one kind's statistics: how many listings, their average length in terms. */
@Entity('match_term_corpus')
export class MatchTermCorpus {
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @Column({ type: 'integer' })
  documents!: number;

  @Column({ type: 'double precision' })
  averageLength!: number;

  @Column({ type: 'timestamptz' })
  refreshedAt!: Date;
}
