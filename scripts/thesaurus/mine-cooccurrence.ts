/**
 * Candidate thesaurus groups from the CSL abstracts (data/csl): words that co-occur across
 * documents more than chance says, by Dunning's log-likelihood ratio over document
 * co-occurrence, with their PMI. A document is one abstract with its title (ts_*.tsv) and its
 * author keywords (kg_*.tsv); words are the keyword-extraction candidates (jieba nouns, verb
 * nouns, set phrases, unknown Han words), and each author keyword counts as one word.
 *
 *   npx ts-node scripts/thesaurus/mine-cooccurrence.ts [--min-pair 3] [--per-word 6] [--out FILE]
 *
 * Writes a TSV (word, df, candidates "other:co-df:llr:pmi" best first) for review; the reviewed
 * groups are data/synonyms/tech-thesaurus.json (see data/synonyms/SOURCE.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidateWords } from '@rongtong/matching';
import { repoRoot } from '../cli-support';

interface Options {
  minPair: number;
  perWord: number;
  out: string;
}

function options(argv: readonly string[]): Options {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    minPair: Number(value('--min-pair', '3')),
    perWord: Number(value('--per-word', '6')),
    out: value('--out', join(repoRoot(__dirname), 'data/synonyms/thesaurus-candidates.tsv')),
  };
}

/** Column 2 (abstract) → column 3 of a CSL task file (keywords joined by _, or the title). */
function readTask(file: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [, abstract, value] = line.split('\t');
    if (abstract && value) rows.set(abstract, value);
  }
  return rows;
}

/** Each document's distinct words: abstract + title words, and its author keywords whole. */
function documents(): Set<string>[] {
  const dir = join(repoRoot(__dirname), 'data/csl');
  const docs: Set<string>[] = [];
  for (const split of ['dev', 'test']) {
    const titles = readTask(join(dir, `ts_${split}.tsv`));
    const keywords = readTask(join(dir, `kg_${split}.tsv`));
    for (const abstract of new Set([...titles.keys(), ...keywords.keys()])) {
      const words = new Set(candidateWords(`${titles.get(abstract) ?? ''}，${abstract}`));
      for (const keyword of (keywords.get(abstract) ?? '').split('_')) {
        const normalised = keyword.normalize('NFKC').toLowerCase().trim();
        if (Array.from(normalised).length >= 2) words.add(normalised);
      }
      docs.push(words);
    }
  }
  return docs;
}

const xlogx = (k: number, n: number) => (k > 0 ? k * Math.log(k / n) : 0);

/** Dunning's G² of a 2×2 table: both, a only, b only, neither. */
export function logLikelihood(both: number, aOnly: number, bOnly: number, neither: number): number {
  const n = both + aOnly + bOnly + neither;
  const cells = xlogx(both, 1) + xlogx(aOnly, 1) + xlogx(bOnly, 1) + xlogx(neither, 1);
  const rows = xlogx(both + aOnly, 1) + xlogx(bOnly + neither, 1);
  const cols = xlogx(both + bOnly, 1) + xlogx(aOnly + neither, 1);
  return 2 * (cells - rows - cols + xlogx(n, 1));
}

function main(): void {
  const opts = options(process.argv.slice(2));
  const docs = documents();
  const n = docs.length;
  const df = new Map<string, number>();
  for (const doc of docs) for (const w of doc) df.set(w, (df.get(w) ?? 0) + 1);
  // Words in 2+ documents and at most 5 %: rarer say nothing, commoner co-occur with anything.
  const kept = (w: string) => {
    const d = df.get(w) ?? 0;
    return d >= 2 && d <= 0.05 * n;
  };
  const pairs = new Map<string, number>();
  for (const doc of docs) {
    const words = [...doc].filter(kept).sort();
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const key = `${words[i]}\t${words[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  const related = new Map<string, { other: string; both: number; llr: number; pmi: number }[]>();
  for (const [key, both] of pairs) {
    if (both < opts.minPair) continue;
    const [a, b] = key.split('\t');
    const da = df.get(a) ?? 0;
    const db = df.get(b) ?? 0;
    const llr = logLikelihood(both, da - both, db - both, n - da - db + both);
    const pmi = Math.log((both * n) / (da * db));
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const list = related.get(x) ?? [];
      list.push({ other: y, both, llr, pmi });
      related.set(x, list);
    }
  }
  const lines = ['word\tdf\tcandidates (other:co-documents:llr:pmi, best llr first)'];
  const words = [...related.keys()].sort((x, y) => (df.get(y) ?? 0) - (df.get(x) ?? 0));
  for (const word of words) {
    const best = related
      .get(word)!
      .filter((r) => r.pmi > 1)
      .sort((x, y) => y.llr - x.llr)
      .slice(0, opts.perWord);
    if (best.length === 0) continue;
    const shown = best.map((r) => `${r.other}:${r.both}:${r.llr.toFixed(1)}:${r.pmi.toFixed(2)}`);
    lines.push(`${word}\t${df.get(word)}\t${shown.join(' ')}`);
  }
  writeFileSync(opts.out, `${lines.join('\n')}\n`);
  process.stdout.write(
    `${n} documents, ${df.size} words, ${lines.length - 1} candidate rows → ${opts.out}\n`,
  );
}

if (require.main === module) main();
