-- Evaluation cycles of a policy (issue 9): each policy's interval between evaluations, the
-- evaluations with the evaluators' findings and recommendation and the leader's decision, and
-- findings as evidence of the provision changes they led to. A decided evaluation keeps the report
-- it was decided on (`report`, as compiled at the decision) and changes no more.

alter table policy add column evaluation_months int not null default 6
  check (evaluation_months between 1 and 36);

create table policy_evaluation (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  -- The version in force that was evaluated, and the period looked back on.
  version_id bigint not null,
  period_from date not null,
  period_to date not null check (period_to >= period_from),
  started_at timestamptz not null,
  -- Null: the schedule started it when it fell due.
  started_by bigint,
  recommendation text check (recommendation in ('keep', 'adjust', 'revise')),
  recommendation_reason text,
  recommended_by bigint,
  recommended_at timestamptz,
  decision text check (decision in ('keep', 'revise')),
  decision_note text,
  decided_by bigint,
  decided_at timestamptz,
  report jsonb,
  primary key (id, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id),
  foreign key (version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (started_by, tenant_id) references account (id, tenant_id),
  foreign key (recommended_by, tenant_id) references account (id, tenant_id),
  foreign key (decided_by, tenant_id) references account (id, tenant_id),
  check ((recommendation is null) = (recommendation_reason is null)),
  check ((recommendation is null) = (recommended_at is null)),
  check ((decision is null) = (decided_at is null)),
  check ((decision is null) = (report is null)),
  check (decision is null or recommendation is not null)
);
create index policy_evaluation_policy on policy_evaluation (policy_id, tenant_id, started_at);
-- One evaluation open at a time per policy.
create unique index policy_evaluation_one_open on policy_evaluation (policy_id, tenant_id) where decided_at is null;
select jenjang_tenant_table('policy_evaluation', 'select, insert, update');

create table evaluation_finding (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  evaluation_id bigint not null,
  body text not null check (length(body) between 1 and 4000),
  created_by bigint,
  created_at timestamptz not null,
  primary key (id, tenant_id),
  foreign key (evaluation_id, tenant_id) references policy_evaluation (id, tenant_id),
  foreign key (created_by, tenant_id) references account (id, tenant_id)
);
create index evaluation_finding_evaluation on evaluation_finding (evaluation_id, tenant_id);
select jenjang_tenant_table('evaluation_finding', 'select, insert');

-- A decided evaluation is the record of a decision: it and its findings change no more.
create function policy_evaluation_decided() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    if tg_table_name = 'policy_evaluation' then
      if old.decided_at is not null then
        raise exception 'evaluation % is decided and cannot change', old.id using errcode = 'P0001';
      end if;
      return new;
    end if;
    if exists (select 1 from policy_evaluation e where e.id = new.evaluation_id and e.decided_at is not null) then
      raise exception 'evaluation % is decided: no more findings', new.evaluation_id using errcode = 'P0001';
    end if;
    return new;
  end
  $$;
create trigger policy_evaluation_decided before update on policy_evaluation
  for each row execute function policy_evaluation_decided();
create trigger evaluation_finding_decided before insert on evaluation_finding
  for each row execute function policy_evaluation_decided();

-- Evidence may cite an evaluation's finding: the change of a provision it led to.
alter table provision_evidence add column finding_id bigint;
alter table provision_evidence
  add foreign key (finding_id, tenant_id) references evaluation_finding (id, tenant_id);
alter table provision_evidence drop constraint provision_evidence_kind_check;
alter table provision_evidence drop constraint provision_evidence_fields_check;
alter table provision_evidence add constraint provision_evidence_kind_check
  check (kind in ('surveyQuestion', 'surveyWave', 'document', 'consultation', 'finding'));
alter table provision_evidence add constraint provision_evidence_fields_check check (case kind
  when 'surveyQuestion' then wave_id is not null and question_key is not null and citation is null
    and comment_id is null and finding_id is null
  when 'surveyWave' then wave_id is not null and question_key is null and statement_key is null
    and citation is null and comment_id is null and finding_id is null
  when 'document' then wave_id is null and question_key is null and statement_key is null
    and citation is not null and comment_id is null and finding_id is null
  when 'consultation' then wave_id is null and question_key is null and statement_key is null
    and citation is null and comment_id is not null and finding_id is null
  when 'finding' then wave_id is null and question_key is null and statement_key is null
    and citation is null and comment_id is null and finding_id is not null
end);
create index provision_evidence_finding on provision_evidence (tenant_id, finding_id) where finding_id is not null;

-- A policy already under evaluation gets its open evaluation: of the version in force, from its
-- effective day to the day the evaluation started (on the government's calendar).
insert into policy_evaluation (tenant_id, policy_id, version_id, period_from, period_to, started_at, started_by)
select p.tenant_id, p.id, v.id, v.effective_from,
  greatest(v.effective_from, (t.at at time zone g.time_zone)::date), t.at, t.account_id
from policy p
join tenant g on g.id = p.tenant_id
join lateral (
  select id, effective_from from policy_version
  where policy_id = p.id and tenant_id = p.tenant_id and status = 'adopted'
  order by number desc limit 1
) v on true
join lateral (
  select at, account_id from policy_transition
  where policy_id = p.id and tenant_id = p.tenant_id and transition = 'startEvaluation'
  order by at desc limit 1
) t on true
where p.state = 'under_evaluation';
