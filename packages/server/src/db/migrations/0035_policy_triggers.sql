-- Triggers on a policy's indicators (issue "Policy lifecycle"): a rule per indicator
-- (domain/policies/trigger.rules.ts) that, when a final measurement breaks it, opens a revision
-- proposal citing that measurement. A measurement opens at most one proposal per trigger: the
-- unique key (trigger, measured moment) is what makes two checks at once open one.

create table policy_trigger (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  indicator_id bigint,
  rule jsonb not null,
  created_by bigint,
  created_at timestamptz not null,
  -- Removed triggers stay, so the proposals they opened keep citing them; they fire no more.
  removed_at timestamptz,
  primary key (id, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id),
  foreign key (indicator_id, tenant_id) references policy_indicator (id, tenant_id),
  foreign key (created_by, tenant_id) references account (id, tenant_id),
  -- A trigger in service watches an indicator.
  check (removed_at is not null or indicator_id is not null)
);
create index policy_trigger_policy on policy_trigger (policy_id, tenant_id) where removed_at is null;
select jenjang_tenant_table('policy_trigger', 'select, insert, update');

create table policy_revision_proposal (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  trigger_id bigint not null,
  -- What it cites, as it stood when it fired: the indicator may be removed later.
  indicator_id bigint,
  indicator_name text not null,
  rule jsonb not null,
  point_at timestamptz not null,
  point_label text not null,
  value double precision not null,
  previous double precision,
  state text not null default 'open' check (state in ('open', 'accepted', 'dismissed')),
  note text check (note is null or length(note) between 1 and 1000),
  evaluation_id bigint,
  created_at timestamptz not null,
  decided_by bigint,
  decided_at timestamptz,
  primary key (id, tenant_id),
  unique (trigger_id, point_at, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id),
  foreign key (trigger_id, tenant_id) references policy_trigger (id, tenant_id),
  foreign key (indicator_id, tenant_id) references policy_indicator (id, tenant_id),
  foreign key (evaluation_id, tenant_id) references policy_evaluation (id, tenant_id),
  foreign key (decided_by, tenant_id) references account (id, tenant_id),
  check ((state = 'open') = (decided_at is null)),
  check (state <> 'dismissed' or note is not null)
);
create index policy_revision_proposal_policy on policy_revision_proposal (policy_id, tenant_id, created_at);
select jenjang_tenant_table('policy_revision_proposal', 'select, insert, update');

-- An indicator removed from its policy takes its triggers out of service; their proposals stay.
create function policy_indicator_removed() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    update policy_trigger set removed_at = coalesce(removed_at, now()), indicator_id = null
      where indicator_id = old.id and tenant_id = old.tenant_id;
    update policy_revision_proposal set indicator_id = null
      where indicator_id = old.id and tenant_id = old.tenant_id;
    return old;
  end
  $$;
create trigger policy_indicator_removed before delete on policy_indicator
  for each row execute function policy_indicator_removed();
