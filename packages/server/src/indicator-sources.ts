import { COMPETENCY_INDICATOR_SOURCES } from './features/competencies/competency-indicator-sources';
import { REGISTRY_INDICATOR_SOURCES } from './features/employees/registry-indicator-sources';
import { PERFORMANCE_INDICATOR_SOURCES } from './features/performance/performance-indicator-sources';
import { ACKNOWLEDGEMENT_INDICATOR_SOURCE } from './features/policies/acknowledgement-indicator-source';
import { IndicatorSources } from './features/policies/indicator-sources';
import { MANUAL_INDICATOR_SOURCE } from './features/policies/manual-indicator-source';
import { PROGRAM_INDICATOR_SOURCES } from './features/programs/program-indicator-sources';
import { PROMOTION_INDICATOR_SOURCES } from './features/promotion/promotion-indicator-sources';
import { SURVEY_INDICATOR_SOURCES } from './features/surveys/results/survey-indicator-sources';

// Every feature's indicator sources, listed once as routes are in app.ts and subscribers in
// events.ts: the app, the demo and the tests build their registry from here.

export const allIndicatorSources = () =>
  new IndicatorSources([
    ...SURVEY_INDICATOR_SOURCES,
    ACKNOWLEDGEMENT_INDICATOR_SOURCE,
    ...REGISTRY_INDICATOR_SOURCES,
    ...COMPETENCY_INDICATOR_SOURCES,
    ...PROGRAM_INDICATOR_SOURCES,
    ...PERFORMANCE_INDICATOR_SOURCES,
    ...PROMOTION_INDICATOR_SOURCES,
    MANUAL_INDICATOR_SOURCE,
  ]);
