import { getRouteApi } from '@tanstack/react-router';
import { ImportPage } from './import-page';

// The unit and position imports, reached from the Organisasi page.

const unitsRoute = getRouteApi('/_authed/imports/units');
const positionsRoute = getRouteApi('/_authed/imports/positions');

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
