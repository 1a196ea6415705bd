-- Foundation: tenants, organisation, people, accounts, sessions, audit, jobs.
-- Every tenant-owned table carries tenant_id and is protected by FORCE row-level security:
-- a query that forgets its tenant filter sees nothing rather than another government's rows.

create extension if not exists pg_trgm;

create function current_tenant_id() returns int
  language sql stable parallel safe
  as $$ select nullif(current_setting('jenjang.tenant_id', true), '')::int $$;

create table tenant (
  id int generated always as identity primary key,
  code text not null unique,
  slug text not null unique check (slug ~ '^[a-z0-9-]+$'),
  name text not null,
  kind text not null check (kind in ('provinsi', 'kabupaten', 'kota')),
  created_at timestamptz not null default now()
);

create table unit (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  parent_id bigint references unit (id),
  path bigint[] not null,
  name text not null,
  kind text not null default 'unit',
  created_at timestamptz not null default now()
);
create unique index unit_name_per_parent on unit (tenant_id, coalesce(parent_id, 0), lower(name));
create index unit_path on unit using gin (path);
create index unit_parent on unit (tenant_id, parent_id);

create table position (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  name text not null,
  kind text,
  level text,
  created_at timestamptz not null default now()
);
create unique index position_name on position (tenant_id, lower(name));

create table employee (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  nip text not null check (nip ~ '^[0-9]{18}$'),
  employee_type text not null check (employee_type in ('PNS', 'PPPK')),
  pns_id text,
  nip_lama text,
  name text not null,
  front_title text,
  back_title text,
  birth_date date not null,
  sex char(1) not null check (sex in ('M', 'F')),
  nik text,
  legal_status text,
  golongan text,
  golongan_rank smallint,
  golongan_initial text,
  tmt_cpns date,
  tmt_pns date,
  tmt_golongan date,
  tmt_jabatan date,
  service_years smallint,
  service_months smallint,
  position_id bigint references position (id),
  position_kind text,
  position_level text,
  education_level text,
  education text,
  unit_id bigint references unit (id),
  status text not null default 'aktif',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, nip)
);
create index employee_by_name on employee (tenant_id, name, id);
create index employee_by_name_trgm on employee using gin (name gin_trgm_ops);
create index employee_by_unit on employee (tenant_id, unit_id);
create index employee_by_golongan on employee (tenant_id, golongan_rank, name);
create index employee_by_kind on employee (tenant_id, position_kind);
create index employee_by_type on employee (tenant_id, employee_type);

create table account (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  username text not null check (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name text not null,
  role text not null check (role in ('admin', 'pimpinan', 'atasan', 'pegawai', 'mitra', 'auditor', 'nasional')),
  scope_unit_id bigint references unit (id),
  employee_id bigint references employee (id),
  password_hash text,
  status text not null default 'active' check (status in ('active', 'disabled')),
  locale text not null default 'id' check (locale in ('id', 'en')),
  created_at timestamptz not null default now(),
  password_changed_at timestamptz
);
create unique index account_username on account (lower(username));
create index account_employee on account (employee_id);

create table session (
  id_hash bytea primary key,
  tenant_id int not null references tenant (id),
  account_id bigint not null references account (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now()
);
create index session_account on session (account_id);

create table password_token (
  token_hash bytea primary key,
  tenant_id int not null references tenant (id),
  account_id bigint not null references account (id) on delete cascade,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);

-- Failed logins are counted per login name (hashed: it may be a NIP), across tenants,
-- because throttling must work before we know whose login it is.
create table login_failure (
  login_hash bytea not null,
  at timestamptz not null default now()
);
create index login_failure_hash on login_failure (login_hash, at);

create table audit_log (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  seq bigint not null,
  at timestamptz not null,
  actor_account_id bigint,
  action text not null,
  entity text not null,
  entity_id text,
  data jsonb not null default '{}',
  prev_hash text not null,
  hash text not null,
  unique (tenant_id, seq)
);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_append_only before update or delete or truncate on audit_log
  for each statement execute function audit_log_is_append_only();

create table job (
  id uuid primary key default gen_random_uuid(),
  tenant_id int not null references tenant (id),
  account_id bigint references account (id),
  kind text not null,
  status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
  progress_done bigint not null default 0,
  progress_total bigint,
  input jsonb not null default '{}',
  result jsonb,
  error jsonb,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index job_tenant on job (tenant_id, created_at desc);

create table import_issue (
  tenant_id int not null references tenant (id),
  job_id uuid not null references job (id) on delete cascade,
  row_number bigint not null,
  severity text not null check (severity in ('error', 'warning')),
  column_name text not null,
  value text not null,
  code text not null,
  params jsonb not null default '{}'
);
create index import_issue_job on import_issue (job_id, row_number);

-- Row-level security: one policy per tenant-owned table, for the application role.
do $$
declare t text;
begin
  foreach t in array array['unit', 'position', 'employee', 'account', 'session', 'password_token',
                           'audit_log', 'job', 'import_issue']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t);
  end loop;
  -- Not forced: tenants are created by the owner (CLI, demo data), which owns the table.
  alter table tenant enable row level security;
  create policy tenant_isolation on tenant using (id = current_tenant_id());
end $$;

-- Logging in and resolving a session happen before the tenant is known. These two
-- functions are the only way across tenants; they run as jenjang_auth, which has a
-- read-only policy of its own, and return just what authentication needs.
-- Policies TO jenjang_auth are invisible to the app role, so its plans stay index-friendly.
-- The owner is a member of jenjang_auth (to hand it these functions) but NOINHERIT (see
-- bootstrap.ts), so these policies do not apply to the owner either.
create policy auth_lookup on account for select to jenjang_auth using (true);
create policy auth_lookup on session for select to jenjang_auth using (true);
create policy auth_lookup on employee for select to jenjang_auth using (true);
create policy auth_lookup on password_token for select to jenjang_auth using (true);
create policy auth_lookup on tenant for select to jenjang_auth using (true);
grant select on account, session, employee, password_token, tenant to jenjang_auth;

create function auth_find_login(p_login text)
  returns table (account_id bigint, tenant_id int, password_hash text, status text)
  language sql stable security definer set search_path = public
  as $$
    select a.id, a.tenant_id, a.password_hash, a.status
    from account a
    where lower(a.username) = lower(p_login)
    union all
    select a.id, a.tenant_id, a.password_hash, a.status
    from employee e join account a on a.employee_id = e.id
    where e.nip = regexp_replace(p_login, '[^0-9]', '', 'g') and p_login ~ '^[0-9 ]{18,}$'
  $$;

create function auth_find_session(p_id_hash bytea)
  returns table (account_id bigint, tenant_id int, expires_at timestamptz)
  language sql stable security definer set search_path = public
  as $$ select s.account_id, s.tenant_id, s.expires_at from session s where s.id_hash = p_id_hash $$;

create function auth_find_password_token(p_token_hash bytea)
  returns table (account_id bigint, tenant_id int, expires_at timestamptz, used_at timestamptz)
  language sql stable security definer set search_path = public
  as $$ select t.account_id, t.tenant_id, t.expires_at, t.used_at from password_token t where t.token_hash = p_token_hash $$;

-- Changing a function's owner needs the new owner to have CREATE on the schema, briefly.
grant create on schema public to jenjang_auth;
alter function auth_find_login(text) owner to jenjang_auth;
alter function auth_find_session(bytea) owner to jenjang_auth;
alter function auth_find_password_token(bytea) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;
revoke all on function auth_find_login(text), auth_find_session(bytea), auth_find_password_token(bytea) from public;
grant execute on function auth_find_login(text), auth_find_session(bytea), auth_find_password_token(bytea) to jenjang_app;

grant select, insert, update on tenant, unit, position, employee, account, job to jenjang_app;
grant select, insert, update, delete on session, password_token to jenjang_app;
grant select, insert, delete on login_failure to jenjang_app;
grant select, insert on audit_log to jenjang_app;
grant select, insert, delete on import_issue to jenjang_app;
grant usage on all sequences in schema public to jenjang_app;
