import type { ClientPathsWithMethod, MethodResponse } from 'openapi-fetch';
import type { components, paths } from '../../api/schema';
import type { ApiClient } from '../../lib/api-client';

// The talent-mapping API's shapes, named for the web app like those of api/types.ts (which this
// change leaves to its owners). Taken as the typed client answers them: the client reads tuples
// (a band's cut-offs) as arrays, so the generated schemas alone would not match what the queries hold.

type Answer<Path extends ClientPathsWithMethod<ApiClient, 'get'>> = MethodResponse<ApiClient, 'get', Path>;

export type TalentOverview = Answer<'/api/v1/talent'>;
export type TalentYearSummary = TalentOverview['years'][number];
export type TalentSettings = TalentOverview['settings'];
export type TalentSettingsSource = TalentOverview['current'];
export type TalentYearView = Answer<'/api/v1/talent/years/{year}'>;
export type TalentCell = TalentYearView['cells'][number];
export type TalentPlacement = Answer<'/api/v1/talent/years/{year}/placements/{employeeId}'>;
export type TalentScoreLine = TalentPlacement['performance']['lines'][number];
export type TalentPlacementList = Answer<'/api/v1/talent/years/{year}/placements'>;
export type TalentPlacementRow = TalentPlacementList['items'][number];
export type TalentScores = Answer<'/api/v1/talent/years/{year}/scores/{employeeId}'>;
export type TalentScoresBody = components['schemas']['TalentScoresBody'];
export type TalentRecommendation = NonNullable<TalentPlacementRow['recommendation']>;
export type TalentReason = TalentPlacementRow['reasons'][number];
export type PerformanceBand = TalentCell['performanceBand'];
export type PotentialBand = TalentCell['potentialBand'];
export type TalentPlacementQuery = NonNullable<
  paths['/api/v1/talent/years/{year}/placements']['get']['parameters']['query']
>;

// Succession planning: key positions, their named successors and the talent pool's candidates.
export type KeyPositionList = Answer<'/api/v1/talent/key-positions'>;
export type KeyPosition = KeyPositionList['items'][number];
export type Succession = Answer<'/api/v1/talent/key-positions/{positionId}'>;
export type SuccessionCandidate = Succession['candidates'][number];
export type SuccessorReadiness = NonNullable<SuccessionCandidate['readiness']>;
export type SuccessorBody = components['schemas']['SuccessorBody'];
