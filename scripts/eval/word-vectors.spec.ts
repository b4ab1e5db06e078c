import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWordVectors, WordVectorSimilarity } from './word-vectors';

/** word2vec's binary format, as the node-synonyms package ships it. */
function binaryVectors(entries: Record<string, number[]>): Buffer {
  const words = Object.entries(entries);
  const parts = [Buffer.from(`${words.length} ${words[0][1].length}\n`)];
  for (const [word, values] of words) {
    const floats = Buffer.alloc(values.length * 4);
    values.forEach((value, d) => floats.writeFloatLE(value, d * 4));
    parts.push(Buffer.from(`${word} `), floats, Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

describe('word vectors (evaluation only)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'word-vectors-'));
  const file = join(dir, 'words.vector');
  writeFileSync(
    file,
    binaryVectors({ 电池: [3, 4, 0], 锂电池: [0.6, 0.8, 0.1], 面条: [0, 0, 2], 油炸: [0, 0.2, 1] }),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the binary format to unit-length vectors', () => {
    const { dimensions, vectors } = readWordVectors(file);
    expect(dimensions).toBe(3);
    expect([...vectors.keys()]).toEqual(['电池', '锂电池', '面条', '油炸']);
    expect([...vectors.get('电池')!].map((x) => Number(x.toFixed(3)))).toEqual([0.6, 0.8, 0]);
  });

  it('ranks the document whose words lie near the text above one that shares none', () => {
    const similarity = new WordVectorSimilarity(readWordVectors(file), [
      { id: 'battery', title: '锂电池', abstract: '锂电池' },
      { id: 'noodles', title: '面条', abstract: '油炸面条' },
    ]);
    const query = similarity.embedText('电池');
    expect(similarity.similarity(query, 'battery')).toBeGreaterThan(0.9);
    expect(similarity.similarity(query, 'noodles')).toBeLessThan(0.3);
    expect(similarity.similarity(similarity.embedText('没有向量的词'), 'battery')).toBe(0);
  });
});
