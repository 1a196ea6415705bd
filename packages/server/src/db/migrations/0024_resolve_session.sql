-- Resolving a session cookie took five round trips on every request: auth_find_session(), then a
-- transaction under the session's tenant to load the account and the session's CSRF token. This
-- definer function answers in one: the account as requests use it (never its password hash),
-- its scope unit's name, its government, and the CSRF token, only for a session that has not
-- expired at p_now (the server's clock) and an account that is active.
-- Like the other auth_* functions it runs as jenjang_auth, whose read-only policies reach across
-- tenants; it now needs the unit table's name column too.

create policy auth_lookup on unit for select to jenjang_auth using (true);
grant select on unit to jenjang_auth;

create function auth_resolve_session(p_id_hash bytea, p_now timestamptz)
  returns table (
    id bigint, tenant_id int, username text, display_name text, role text, locale text,
    employee_id bigint, scope_unit_id bigint, scope_unit_name text,
    tenant_code text, tenant_name text, tenant_time_zone text, csrf_token text
  )
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select a.id, a.tenant_id, a.username, a.display_name, a.role, a.locale,
           a.employee_id, a.scope_unit_id, u.name, t.code, t.name, t.time_zone, s.csrf_token
    from session s
    join account a on a.id = s.account_id and a.tenant_id = s.tenant_id
    join tenant t on t.id = s.tenant_id
    left join unit u on u.id = a.scope_unit_id and u.tenant_id = a.tenant_id
    where s.id_hash = p_id_hash and s.expires_at > p_now and a.status = 'active'
  $$;

-- Changing a function's owner needs the new owner to have CREATE on the schema, briefly.
grant create on schema public to jenjang_auth;
alter function auth_resolve_session(bytea, timestamptz) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;
set local role jenjang_auth;
revoke execute on function auth_resolve_session(bytea, timestamptz) from public;
grant execute on function auth_resolve_session(bytea, timestamptz) to jenjang_app;
reset role;

-- Its predecessor has no caller left.
drop function auth_find_session(bytea);
