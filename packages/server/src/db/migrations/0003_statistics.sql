-- Planner statistics after bulk writes. ANALYZE needs the table owner, and the app role owns no
-- table; autovacuum gets there within a minute or so, but a list opened right after an import of
-- thousands of rows would be planned as if the table were empty (nested loops over 50,000 rows).
-- This function lets the app refresh the statistics of the registry's tables, and nothing else.
-- pg_stats hides the sampled values of row-level-secured tables from roles that do not bypass it.
create function refresh_registry_statistics() returns void
  language plpgsql security definer set search_path = public
  as $$ begin analyze employee; analyze unit; analyze position; end $$;

revoke all on function refresh_registry_statistics() from public;
grant execute on function refresh_registry_statistics() to jenjang_app;
