/**
 * `npm run eval:build-corpus [-- --out DIR] [--phrasing held-out]`: builds the CSL matching
 * evaluation corpus (data/eval/csl: needs.jsonl, achievements.jsonl, qrels.tsv) from data/csl,
 * deterministically. `--phrasing held-out` writes the same needs in other words (a check that a
 * matcher tuned on the committed corpus did not learn its templates); it is not committed.
 * How needs are written and how relevance is judged: data/eval/csl/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MATURITY_STAGES } from '@rongtong/catalog';
import { IndustryCatalog, RegionCatalog } from '@rongtong/identity';
import { chooseFocusTerms, TermIndex } from './csl/focus-terms';
import { NeedRecord, PhrasingName, PHRASINGS, writeNeed } from './csl/need-writer';
import { Grade, judgeAll } from './csl/relevance';
import {
  cleanKeywords,
  CslPaper,
  DemoRandom,
  industryForPaper,
  loadCslPapers,
  disciplineIndustry,
} from '@rongtong/demo';

const NEED_COUNT = 200;
/**
 * At most this share of needs may have their seed as the only relevant achievement (known-item
 * needs); the rest have several, so nDCG and recall measure ranking, not just finding one paper.
 */
const MAX_KNOWN_ITEM_SHARE = 0.25;
/** Most needs name a second term; some name one only. */
const SECOND_TERM_SHARE = 0.6;

/** Stages as listings state them, weighted like the demo data's TRL spread. */
const MATURITY_WEIGHTS: readonly (readonly [string, number])[] = MATURITY_STAGES.map((stage) => [
  stage.zh,
  { in_research: 15, sample: 20, lab_trial: 25, pilot_trial: 25, mass_production: 15 }[stage.key],
]);

interface AchievementRecord {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  industry: string;
  maturity: string;
  discipline: string;
  category: string;
}

function achievementOf(paper: CslPaper): AchievementRecord {
  const random = new DemoRandom(`eval-achievement:${paper.id}`);
  return {
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    keywords: cleanKeywords(paper.keywords),
    industry: industryForPaper(paper),
    maturity: random.weighted(MATURITY_WEIGHTS),
    discipline: paper.discipline,
    category: paper.category,
  };
}

function countiesByProvince(regions: RegionCatalog): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const province of regions.provinces()) {
    const counties = regions
      .children(province.code)
      .flatMap((city) => regions.children(city.code))
      .filter((county) => county.level === 'county' && !county.isDevelopmentZone)
      .map((county) => county.code);
    result.set(province.code, counties);
  }
  return result;
}

interface BuiltCorpus {
  needs: NeedRecord[];
  achievements: AchievementRecord[];
  qrels: { needId: string; achievementId: string; grade: Grade }[];
}

/** Seeds: technology papers in a fixed shuffled order; each gives a need if it has a focus term. */
export function buildCslCorpus(
  papers: readonly CslPaper[],
  phrasing: PhrasingName = 'standard',
): BuiltCorpus {
  const terms = new TermIndex(papers);
  const industries = IndustryCatalog.shared();
  const counties = countiesByProvince(RegionCatalog.shared());
  const seeds = new DemoRandom('rongtong-eval-csl-seeds').shuffle(
    papers.filter((paper) => disciplineIndustry(paper.discipline).sector === 'technology'),
  );
  const needs: NeedRecord[] = [];
  const qrels: BuiltCorpus['qrels'] = [];
  const titles = new Set<string>();
  let knownItem = 0;
  for (const seed of seeds) {
    if (needs.length >= NEED_COUNT) break;
    const wantSecond = new DemoRandom(`eval-second:${seed.id}`).chance(SECOND_TERM_SHARE);
    const focus = chooseFocusTerms(seed, terms, wantSecond);
    if (!focus) continue;
    const topic = { seed, ...focus };
    const id = `need-${String(needs.length + 1).padStart(3, '0')}`;
    // Duplicates are judged on the standard phrasing, so every phrasing keeps the same needs.
    const standard = writeNeed(id, topic, industries, counties, PHRASINGS.standard);
    if (titles.has(standard.title)) continue; // two seeds with one lead term: keep the first
    const need = writeNeed(id, topic, industries, counties, PHRASINGS[phrasing]);
    const judged = judgeAll(topic, papers);
    const relevant = judged.filter((j) => j.grade >= 1).length;
    if (relevant === 1) {
      if (knownItem >= MAX_KNOWN_ITEM_SHARE * NEED_COUNT) continue;
      knownItem++;
    }
    titles.add(standard.title);
    needs.push(need);
    for (const { paper, grade } of judged)
      qrels.push({ needId: id, achievementId: paper.id, grade });
  }
  return { needs, achievements: papers.map(achievementOf), qrels };
}

function summary(corpus: BuiltCorpus): string {
  const relevant = new Map<string, number>();
  const grades = [0, 0, 0];
  for (const { needId, grade } of corpus.qrels) {
    grades[grade]++;
    if (grade >= 1) relevant.set(needId, (relevant.get(needId) ?? 0) + 1);
  }
  const counts = corpus.needs.map((need) => relevant.get(need.id) ?? 0).sort((a, b) => a - b);
  const median = counts[Math.floor(counts.length / 2)];
  const single = counts.filter((n) => n === 1).length;
  return [
    `${corpus.needs.length} needs, ${corpus.achievements.length} achievements`,
    `judgements: grade 2 ${grades[2]}, grade 1 ${grades[1]}, grade 0 ${grades[0]}`,
    `relevant (grade ≥ 1) per need: min ${counts[0]}, median ${median}, max ${counts.at(-1)}; ${single} needs with only their seed`,
    `needs with keywords: ${corpus.needs.filter((n) => n.keywords).length}, an industry: ${corpus.needs.filter((n) => n.industry).length}, a region: ${corpus.needs.filter((n) => n.region).length}`,
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join('data', 'eval', 'csl'));
  const phrasingIndex = args.indexOf('--phrasing');
  const phrasing = (phrasingIndex >= 0 ? args[phrasingIndex + 1] : 'standard') as PhrasingName;
  if (!(phrasing in PHRASINGS))
    throw new Error(`--phrasing: one of ${Object.keys(PHRASINGS).join(', ')}`);
  const corpus = buildCslCorpus(loadCslPapers(), phrasing);
  mkdirSync(out, { recursive: true });
  const jsonl = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(out, 'needs.jsonl'), jsonl(corpus.needs));
  writeFileSync(join(out, 'achievements.jsonl'), jsonl(corpus.achievements));
  writeFileSync(
    join(out, 'qrels.tsv'),
    [
      'need_id\tachievement_id\tgrade',
      ...corpus.qrels.map((q) => `${q.needId}\t${q.achievementId}\t${q.grade}`),
    ].join('\n') + '\n',
  );
  console.log(`wrote ${out}\n${summary(corpus)}`);
}

if (require.main === module) main();
