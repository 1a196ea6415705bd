import { getRouteApi } from '@tanstack/react-router';
import { ImportPage } from './import-page';

const route = getRouteApi('/_authed/imports/employees');

export function ImportEmployeesPage() {
  const { job } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <ImportPage
      kind="employees"
      job={job}
      onJob={(next) => void navigate({ search: next ? { job: next } : {} })}
    />
  );
}
