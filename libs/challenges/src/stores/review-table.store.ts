import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApplicationStage } from '../rules/vocabulary';

/** One row of the owner's review table, as PostgreSQL aggregates it. */
export interface ReviewTableRow {
  id: string;
  organisationId: string;
  stage: ApplicationStage;
  submittedAt: Date | null;
  summary: string | null;
  budgetWan: string | null;
  /** Weighted totals of the evaluators who scored, in evaluator order. */
  totals: string[] | null;
  /** Assigned evaluators not recused from this application. */
  expected: number;
  recused: number;
}

/** The statement behind the review table (`$1` = challenge id); the bench times it raw. */
export const REVIEW_TABLE_SQL = `WITH evaluators AS (
     SELECT id FROM challenge_evaluator WHERE challenge_id = $1 AND user_id IS NOT NULL
   )
   SELECT a.id, a.organisation_id AS "organisationId", a.stage, a.submitted_at AS "submittedAt",
          a.proposal->>'summary' AS summary,
          (SELECT sum((b->>'amountWan')::numeric)::text
             FROM jsonb_array_elements(COALESCE(a.proposal->'budget', '[]'::jsonb)) b) AS "budgetWan",
          (SELECT array_agg(s.total::text ORDER BY s.evaluator_id)
             FROM application_score s
            WHERE s.application_id = a.id AND s.evaluator_id IN (SELECT id FROM evaluators)
              AND NOT EXISTS (SELECT 1 FROM evaluator_conflict c
                               WHERE c.application_id = a.id AND c.evaluator_id = s.evaluator_id)) AS totals,
          (SELECT count(*)::int FROM evaluators e
            WHERE NOT EXISTS (SELECT 1 FROM evaluator_conflict c
                               WHERE c.application_id = a.id AND c.evaluator_id = e.id)) AS expected,
          (SELECT count(*)::int FROM evaluator_conflict c
            WHERE c.application_id = a.id AND c.evaluator_id IN (SELECT id FROM evaluators)) AS recused
     FROM challenge_application a
    WHERE a.challenge_id = $1 AND a.stage NOT IN ('draft', 'withdrawn')
    ORDER BY a.submitted_at, a.id`;

/**
 * The owner's review table in one statement: every submitted application with its evaluators'
 * totals and how many scores it still waits for (assigned minus recused).
 */
@Injectable()
export class ReviewTableStore {
  constructor(private readonly dataSource: DataSource) {}

  async rows(challengeId: string): Promise<ReviewTableRow[]> {
    return this.dataSource.query<ReviewTableRow[]>(REVIEW_TABLE_SQL, [challengeId]);
  }
}
