// The same parser the API validates with (a pure vocabulary module of the catalog).
import { parsePatentNumber } from '../../../../libs/catalog/src/vocabulary/patent-number';

export type PatentProblem =
  { kind: 'format' | 'year' | 'type' } | { kind: 'checksum'; expected: string };

/** Why a patent application number is not valid, or undefined when it is (blank is the form's). */
export function patentNumberProblem(input: string | undefined): PatentProblem | undefined {
  if (!input?.trim()) return undefined;
  const result = parsePatentNumber(input);
  if (result.ok) return undefined;
  if (result.kind === 'checksum') return { kind: 'checksum', expected: result.expected ?? '?' };
  return { kind: result.kind };
}

/** The canonical form used to spot the same patent listed twice. */
export function canonicalPatentNumber(input: string): string {
  const result = parsePatentNumber(input);
  return result.ok ? result.value : input.trim();
}
