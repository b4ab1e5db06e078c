import { GENERIC_TERMS, mentions } from './focus-terms';
import { type CslPaper } from '@rongtong/demo';

/** What a need written from a seed paper is about. */
export interface NeedTopic {
  seed: CslPaper;
  lead: string;
  second?: string;
}

export type Grade = 0 | 1 | 2;

/** Exact keywords two papers share, generic ones excluded. */
export function sharedKeywords(a: CslPaper, b: CslPaper): string[] {
  const other = new Set(b.keywords.map((k) => k.trim()));
  return [...new Set(a.keywords.map((k) => k.trim()))].filter(
    (k) => k !== '' && other.has(k) && !GENERIC_TERMS.has(k),
  );
}

/**
 * The judgement rule, from CSL metadata only (title, keywords, discipline, category); it never
 * looks at a matcher's or a search engine's output. See data/eval/csl/README.md.
 *
 * - 2: the seed paper; or a paper of the seed's discipline that mentions the lead term and
 *   either mentions the second term or shares another specific keyword with the seed; or a
 *   paper of the seed's discipline sharing ≥ 2 specific keywords with it.
 * - 1: a paper of the seed's category (学科门类) that mentions a focus term; or a paper of any
 *   field sharing ≥ 2 specific keywords with the seed.
 * - 0 (judged not relevant): mentions a focus term but belongs to another category — the same
 *   characters in another field (染色 in textiles is not 染色体 in medicine).
 * - undefined: not judged (counted as not relevant by the metrics).
 */
export function judge(topic: NeedTopic, paper: CslPaper): Grade | undefined {
  const { seed, lead, second } = topic;
  if (paper.id === seed.id) return 2;
  const focus = second ? [lead, second] : [lead];
  const shared = sharedKeywords(seed, paper);
  const sharedBeyondFocus = shared.filter((k) => !focus.some((term) => k.includes(term)));
  const sameDiscipline = paper.discipline === seed.discipline;
  const mentionsLead = mentions(paper, lead);
  const mentionsSecond = second !== undefined && mentions(paper, second);

  if (sameDiscipline) {
    if (mentionsLead && (mentionsSecond || sharedBeyondFocus.length >= 1)) return 2;
    if (shared.length >= 2) return 2;
  }
  if (paper.category === seed.category && (mentionsLead || mentionsSecond)) return 1;
  if (shared.length >= 2) return 1;
  if (mentionsLead || mentionsSecond) return 0;
  return undefined;
}

/** Every judged paper for a topic, grade 2 first, then by paper id (stable output). */
export function judgeAll(
  topic: NeedTopic,
  papers: readonly CslPaper[],
): { paper: CslPaper; grade: Grade }[] {
  const judged: { paper: CslPaper; grade: Grade }[] = [];
  for (const paper of papers) {
    const grade = judge(topic, paper);
    if (grade !== undefined) judged.push({ paper, grade });
  }
  return judged.sort((a, b) => b.grade - a.grade || comparePaperIds(a.paper.id, b.paper.id));
}

/** dev-2 before dev-10 before test-1. */
export function comparePaperIds(a: string, b: string): number {
  const [splitA, rowA] = a.split('-');
  const [splitB, rowB] = b.split('-');
  return splitA === splitB ? Number(rowA) - Number(rowB) : splitA < splitB ? -1 : 1;
}
