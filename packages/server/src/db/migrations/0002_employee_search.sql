-- Name search under row-level security. ILIKE is not leakproof, so PostgreSQL will not use the
-- trigram index for it below a tenant policy and scans every row of the tenant instead. This
-- function looks the names up with the index and returns ids of the CURRENT tenant only (the
-- same rule as the policy), so callers keep the full protection of RLS on everything else.
create function employee_ids_by_name(p_pattern text) returns setof bigint
  language sql stable security definer set search_path = public
  as $$ select e.id from employee e where e.tenant_id = current_tenant_id() and e.name ilike p_pattern $$;

grant create on schema public to jenjang_auth;
alter function employee_ids_by_name(text) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;
revoke all on function employee_ids_by_name(text) from public;
grant execute on function employee_ids_by_name(text) to jenjang_app;

-- Indexes the list queries use; every index also costs each imported row, so the
-- low-selectivity single-column ones (position kind, PNS/PPPK) go: the tenant's rows are
-- filtered on them cheaply after an index on name or unit.
drop index employee_by_golongan;
create index employee_by_golongan on employee (tenant_id, golongan, name, id);
drop index employee_by_kind;
drop index employee_by_type;
