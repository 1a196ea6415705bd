-- Indicators from the registry and from outside Jenjang (issue 9).
--
-- Registry figures over time: the employee table holds each person as they are now (no validity
-- dates), so a figure's past is what was recorded then. Once a month (the first sweep of the
-- government's month: features/employees/registry-snapshot.ts) the active employees are counted per
-- unit, with the unit's place in the tree as it stood, into registry_snapshot; the month's run is
-- marked in registry_snapshot_month, whose key lets one process take it. An indicator shows those
-- months, then today's figure as a provisional point.
--
-- Manual indicators: values whose data lives elsewhere (a partner's report), entered by an admin as
-- measurements, each with its evidence file kept here (bytea: backups carry it). A measurement is
-- never edited nor deleted: a wrong one is withdrawn with a reason (and stays listed), a corrected
-- value is a new measurement. Removing the indicator removes its measurements and files with it.

create table registry_snapshot_month (
  tenant_id int not null references tenant (id),
  month date not null check (extract(day from month) = 1),
  taken_at timestamptz not null,
  primary key (tenant_id, month)
);
select jenjang_tenant_table('registry_snapshot_month', 'select, insert');

create table registry_snapshot (
  tenant_id int not null references tenant (id),
  month date not null,
  -- Null: the active employees without a unit.
  unit_id bigint,
  -- The unit and those above it when the snapshot was taken: a unit's figure takes the units then under it.
  unit_path bigint[] not null default '{}',
  active int not null check (active >= 0),
  pppk int not null check (pppk between 0 and active),
  foreign key (tenant_id, month) references registry_snapshot_month (tenant_id, month)
);
create unique index registry_snapshot_unit on registry_snapshot (tenant_id, month, coalesce(unit_id, 0));
create index registry_snapshot_path on registry_snapshot using gin (unit_path);
select jenjang_tenant_table('registry_snapshot', 'select, insert');

-- The sweep starts without a tenant: this says which governments have not yet had this month's
-- snapshot at p_now (on their own clock), and nothing else.
create policy registry_sweep on registry_snapshot_month for select to jenjang_auth using (true);
grant select on registry_snapshot_month to jenjang_auth;

create function registry_snapshot_due_tenants(p_now timestamptz)
  returns setof int
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select t.id from tenant t
    where t.kind <> 'nasional'
      and not exists (
        select 1 from registry_snapshot_month m
        where m.tenant_id = t.id and m.month = date_trunc('month', p_now at time zone t.time_zone)::date)
  $$;

grant create on schema public to jenjang_auth;
alter function registry_snapshot_due_tenants(timestamptz) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;

set local role jenjang_auth;
revoke execute on function registry_snapshot_due_tenants(timestamptz) from public;
grant execute on function registry_snapshot_due_tenants(timestamptz) to jenjang_app;
reset role;

create table indicator_measurement (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  indicator_id bigint not null,
  measured_on date not null,
  value double precision not null,
  note text check (length(note) between 1 and 2000),
  data_source text not null check (length(data_source) between 1 and 300),
  entered_by bigint not null,
  entered_at timestamptz not null,
  withdrawn_at timestamptz,
  withdrawn_by bigint,
  withdrawn_reason text check (length(withdrawn_reason) between 1 and 500),
  primary key (id, tenant_id),
  foreign key (indicator_id, tenant_id) references policy_indicator (id, tenant_id) on delete cascade,
  foreign key (entered_by, tenant_id) references account (id, tenant_id),
  foreign key (withdrawn_by, tenant_id) references account (id, tenant_id),
  check ((withdrawn_at is null) = (withdrawn_reason is null)),
  check ((withdrawn_at is null) = (withdrawn_by is null))
);
create index indicator_measurement_indicator on indicator_measurement (indicator_id, tenant_id, measured_on);
select jenjang_tenant_table('indicator_measurement', 'select, insert, update');

-- What was entered stays as entered: the one change a measurement takes is its withdrawal, once.
create function indicator_measurement_append_only() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    if old.withdrawn_at is not null
      or (new.indicator_id, new.measured_on, new.value, new.note, new.data_source, new.entered_by, new.entered_at)
        is distinct from
         (old.indicator_id, old.measured_on, old.value, old.note, old.data_source, old.entered_by, old.entered_at) then
      raise exception 'measurement % is kept as entered: withdraw it and enter another', old.id
        using errcode = 'P0001';
    end if;
    return new;
  end
  $$;
create trigger indicator_measurement_append_only before update on indicator_measurement
  for each row execute function indicator_measurement_append_only();

create table indicator_attachment (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  measurement_id bigint not null,
  file_name text not null check (length(file_name) between 1 and 200),
  -- Decided by the file's own bytes, never by its name or the type the browser declared.
  file_type text not null check (file_type in ('pdf', 'xlsx', 'png', 'jpeg')),
  bytes int not null check (bytes > 0),
  sha256 bytea not null,
  content bytea not null,
  primary key (id, tenant_id),
  foreign key (measurement_id, tenant_id) references indicator_measurement (id, tenant_id) on delete cascade,
  check (octet_length(content) = bytes)
);
create unique index indicator_attachment_measurement on indicator_attachment (measurement_id, tenant_id);
select jenjang_tenant_table('indicator_attachment', 'select, insert');
