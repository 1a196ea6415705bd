import { getRouteApi } from '@tanstack/react-router';
import { ImportPage } from './import-page';

// The unit, position and position-standard imports, reached from the Organisasi page, and the
// competency assessment and development history imports, reached from the registry; the appraisal
// history (SIASN's SKP records), reached from Penilaian Kinerja.

const unitsRoute = getRouteApi('/_authed/imports/units');
const positionsRoute = getRouteApi('/_authed/imports/positions');
const standardsRoute = getRouteApi('/_authed/imports/competency-standards');
const assessmentsRoute = getRouteApi('/_authed/imports/competency-assessments');
const developmentRoute = getRouteApi('/_authed/imports/development');
const performanceRoute = getRouteApi('/_authed/imports/performance-history');

export function ImportUnitsPage() {
  const { job } = unitsRoute.useSearch();
  const navigate = unitsRoute.useNavigate();
  return (
    <ImportPage
      kind="units"
      job={job}
      onJob={(next) => void navigate({ search: next ? { job: next } : {} })}
    />
  );
}

export function ImportPositionsPage() {
  const { job } = positionsRoute.useSearch();
  const navigate = positionsRoute.useNavigate();
  return (
    <ImportPage
      kind="positions"
      job={job}
      onJob={(next) => void navigate({ search: next ? { job: next } : {} })}
    />
  );
}

export function ImportStandardsPage() {
  const { job } = standardsRoute.useSearch();
  const navigate = standardsRoute.useNavigate();
  return (
    <ImportPage
      kind="competency-standards"
      job={job}
      onJob={(next) => void navigate({ search: next ? { job: next } : {} })}
    />
  );
}

export function ImportAssessmentsPage() {
  const { job } = assessmentsRoute.useSearch();
  const navigate = assessmentsRoute.useNavigate();
  return (
    <ImportPage
      kind="competency-assessments"
      job={job}
      onJob={(next) => void navigate({ search: next ? { job: next } : {} })}
    />
  );
}

export function ImportDevelopmentPage() {
  const { job } = developmentRoute.useSearch();
  const navigate = developmentRoute.useNavigate();
  return (
    <ImportPage
      kind="development"
      job={job}
      onJob={(next) => void navigate({ search: next ? { job: next } : {} })}
    />
  );
}

export function ImportPerformancePage() {
  const { job } = performanceRoute.useSearch();
  const navigate = performanceRoute.useNavigate();
  return (
    <ImportPage
      kind="performance-history"
      job={job}
      onJob={(next) => void navigate({ search: next ? { job: next } : {} })}
    />
  );
}
