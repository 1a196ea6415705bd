-- Schedules per government (issue 8): one-off and recurring tasks at a wall-clock time of the
-- government's own time zone (tenant.time_zone), e.g. a follow-up survey three months after a
-- training or an evaluation every six months. The server's sweep (platform/jobs/schedule.ts, run
-- every minute on the shared job queue) claims each due task FOR UPDATE SKIP LOCKED, queues its
-- job and moves it to its next occurrence in the same transaction, so it runs once however many
-- processes sweep. Whether a task is due is decided on the server's clock (p_now), which tests and
-- demo stories move.

create table scheduled_task (
  tenant_id int not null references tenant (id),
  key text not null check (length(key) between 1 and 200),
  kind text not null,
  input jsonb not null default '{}',
  -- The next occurrence as the government's wall clock shows it ('YYYY-MM-DDTHH:mm'; text, as the
  -- pg driver would read a timestamp without zone on the process's zone), and the instant that is.
  next_local text not null check (next_local ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$'),
  next_run_at timestamptz not null,
  -- null: once. Otherwise repeated every `repeat_count` days or months from next_local.
  repeat_unit text check (repeat_unit in ('day', 'month')),
  repeat_count int check (repeat_count between 1 and 120),
  last_run_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, key),
  check ((repeat_unit is null) = (repeat_count is null))
);
create index scheduled_task_due on scheduled_task (next_run_at);

select jenjang_tenant_table('scheduled_task');

-- The sweep starts without a tenant: this says which governments have a task due at p_now, and
-- nothing else (each is then visited under its own tenant, row-level security applying).
create policy schedule_sweep on scheduled_task for select to jenjang_auth using (true);
grant select on scheduled_task to jenjang_auth;

create function scheduled_task_due_tenants(p_now timestamptz)
  returns setof int
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select distinct t.tenant_id from scheduled_task t where t.next_run_at <= p_now
  $$;

grant create on schema public to jenjang_auth;
alter function scheduled_task_due_tenants(timestamptz) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;

set local role jenjang_auth;
revoke execute on function scheduled_task_due_tenants(timestamptz) from public;
grant execute on function scheduled_task_due_tenants(timestamptz) to jenjang_app;
reset role;
