import { Initial1795523743961 } from './1795523743961-Initial';
import { CatalogListings1795524505346 } from './1795524505346-CatalogListings';
import { OutboxEventId1795527460722 } from './1795527460722-OutboxEventId';
import { MatchingAndNotifications1795530822712 } from './1795530822712-MatchingAndNotifications';
import { AchievementPublishedNewest1795536739613 } from './1795536739613-AchievementPublishedNewest';
import { StoredFiles1796304708864 } from './1796304708864-StoredFiles';
import { OutboxCompletionAndMatchRuns1796304792737 } from './1796304792737-OutboxCompletionAndMatchRuns';
import { MatchTermStatistics1796306055070 } from './1796306055070-MatchTermStatistics';
import { AccountsAndInterestCaps1796306184402 } from './1796306184402-AccountsAndInterestCaps';
import { ListingRevisions1796306900000 } from './1796306900000-ListingRevisions';
import { ChallengeApplications1796306588960 } from './1796306588960-ChallengeApplications';
import { VerifiedCertifications1796305663381 } from './1796305663381-VerifiedCertifications';
import { MatchmakingEvents1796315564377 } from './1796315564377-MatchmakingEvents';
import { UsccClaims1796315822881 } from './1796315822881-UsccClaims';
import { OrganisationNameChanges1796316639849 } from './1796316639849-OrganisationNameChanges';
import { MatchTermPostings1796315832696 } from './1796315832696-MatchTermPostings';
import { MeetingOutcomes1796318039524 } from './1796318039524-MeetingOutcomes';
import { EventInvitations1796320313197 } from './1796320313197-EventInvitations';
import { UsccClaimWithdrawn1796400000000 } from './1796400000000-UsccClaimWithdrawn';
import { ScheduleRuns1796400685206 } from './1796400685206-ScheduleRuns';
import { MatchTermPostingsByImpact1796399203869 } from './1796399203869-MatchTermPostingsByImpact';
import { NoShowGrace1796403967929 } from './1796403967929-NoShowGrace';
import { MatchJudgements1796409487194 } from './1796409487194-MatchJudgements';
import { MatchListingKeywords1796422822819 } from './1796422822819-MatchListingKeywords';
// Migrations in the order they run. Generate new ones with `npm run migration:generate -- Name`.
export const MIGRATIONS: (new () => object)[] = [
  Initial1795523743961,
  CatalogListings1795524505346,
  OutboxEventId1795527460722,
  MatchingAndNotifications1795530822712,
  AchievementPublishedNewest1795536739613,
  StoredFiles1796304708864,
  OutboxCompletionAndMatchRuns1796304792737,
  MatchTermStatistics1796306055070,
  AccountsAndInterestCaps1796306184402,
  ListingRevisions1796306900000,
  ChallengeApplications1796306588960,
  VerifiedCertifications1796305663381,
  MatchmakingEvents1796315564377,
  UsccClaims1796315822881,
  OrganisationNameChanges1796316639849,
  MatchTermPostings1796315832696,
  MeetingOutcomes1796318039524,
  EventInvitations1796320313197,
  UsccClaimWithdrawn1796400000000,
  ScheduleRuns1796400685206,
  MatchTermPostingsByImpact1796399203869,
  NoShowGrace1796403967929,
  MatchJudgements1796409487194,
  MatchListingKeywords1796422822819,
];
