import type { TextSource } from './match-profiles';
import { MatchConfig } from './match-weights';
import { RecentlyUsed } from './recently-used';
import { TextFeatures, textFeatures } from './text-similarity';

/**
 * Text features of profiles by a key that always stands for one text, the least recently used
 * dropped first. Subclasses say what the key is (a version, the text itself) and which text is
 * vectorised.
 */
export abstract class TextFeatureCache<Profile> {
  private readonly entries: RecentlyUsed<TextFeatures>;

  constructor(
    private readonly config: MatchConfig['text'],
    capacity: number,
  ) {
    this.entries = new RecentlyUsed(capacity);
  }

  featuresOf(profile: Profile): TextFeatures {
    return this.entries.getOrCompute(this.keyOf(profile), () =>
      textFeatures(this.textOf(profile), this.config),
    );
  }

  protected abstract keyOf(profile: Profile): string;

  protected abstract textOf(profile: Profile): TextSource;
}
