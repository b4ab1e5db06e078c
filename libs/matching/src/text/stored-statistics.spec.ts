import { StoredStatistics } from './stored-statistics';
import type { StoredTermStatistics, TermStatisticsStore } from './term-statistics.store';

/** A store whose refresh time the test moves, counting what it is asked. */
function fakeStore() {
  const state = { refreshedAt: new Date('2026-12-01T00:00:00Z'), loads: 0, checks: 0 };
  const stored = (): StoredTermStatistics => ({
    documents: 10 + state.loads,
    averageLength: 5,
    frequencies: new Map(),
    refreshedAt: state.refreshedAt,
  });
  const store = {
    refreshedAt: () => {
      state.checks++;
      return Promise.resolve(state.refreshedAt);
    },
    load: () => {
      state.loads++;
      return Promise.resolve(stored());
    },
  } as unknown as TermStatisticsStore;
  return { state, store };
}

describe('StoredStatistics', () => {
  afterEach(() => jest.useRealTimers());

  it('reads once, asks again after five minutes, reads again only after a newer refresh', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') });
    const { state, store } = fakeStore();
    const statistics = new StoredStatistics(store, 'achievement', (s) => s?.documents ?? -1);
    // Concurrent first calls share one read.
    const [a, b] = await Promise.all([statistics.current(), statistics.current()]);
    expect([a, b, state.loads]).toEqual([11, 11, 1]);
    jest.setSystemTime(new Date('2026-12-04T10:04:59Z'));
    expect(await statistics.current()).toBe(11);
    expect(state.checks).toBe(1);
    // After five minutes it asks; the refresh is the same, so nothing is read.
    jest.setSystemTime(new Date('2026-12-04T10:05:01Z'));
    expect(await statistics.current()).toBe(11);
    expect([state.checks, state.loads]).toEqual([2, 1]);
    // A newer refresh is read at the next check.
    state.refreshedAt = new Date('2026-12-04T10:06:00Z');
    jest.setSystemTime(new Date('2026-12-04T10:10:02Z'));
    expect(await statistics.current()).toBe(12);
    expect(state.loads).toBe(2);
    // forget(): read at the next call, without waiting.
    statistics.forget();
    expect(await statistics.current()).toBe(13);
  });

  it('builds from nothing before the first refresh', async () => {
    const store = {
      refreshedAt: () => Promise.resolve(undefined),
      load: () => Promise.resolve(undefined),
    } as unknown as TermStatisticsStore;
    const statistics = new StoredStatistics(store, 'words', (s) => (s ? 'stored' : 'fallback'));
    expect(await statistics.current()).toBe('fallback');
  });
});
