-- Consultation rounds on a policy's draft (issue 9): who is invited, the window, comments anchored
-- to a provision (and a quoted span of it) or general proposals, one support per person,
-- moderation (hidden with a reason) and the official response to each; a change of a provision may
-- cite the input it absorbed.
--
-- Participation here is identified: an author's account is kept with the comment. Anonymous
-- participation, with the unlinkability of anonymous survey answers, is not offered yet.

create table consultation_round (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  -- The draft consulted on: comments anchor to its provisions.
  version_id bigint not null,
  opened_at timestamptz not null,
  closes_at timestamptz not null check (closes_at > opened_at),
  closed_at timestamptz,
  -- Who is invited: the government's employees, its leaders and supervisors, its partners (mitra).
  invites_employees boolean not null,
  invites_leaders boolean not null,
  invites_partners boolean not null,
  opened_by bigint,
  primary key (id, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id),
  foreign key (version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (opened_by, tenant_id) references account (id, tenant_id),
  check (invites_employees or invites_leaders or invites_partners)
);
create index consultation_round_policy on consultation_round (policy_id, tenant_id);
-- One round open at a time per policy.
create unique index consultation_round_one_open on consultation_round (policy_id, tenant_id) where closed_at is null;
select jenjang_tenant_table('consultation_round', 'select, insert, update');

create table consultation_comment (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  round_id bigint not null,
  -- A comment on a provision (by its identity, so it re-anchors on later versions), or a general
  -- proposal (null).
  provision_id bigint,
  quote text check (length(quote) between 1 and 1000),
  kind text not null check (kind in ('comment', 'proposal')),
  body text not null check (length(body) between 1 and 4000),
  author_id bigint not null,
  created_at timestamptz not null default now(),
  hidden_at timestamptz,
  hidden_reason text,
  hidden_by bigint,
  response text check (response in ('accepted', 'partial', 'rejected')),
  response_reason text,
  responded_by bigint,
  responded_at timestamptz,
  primary key (id, tenant_id),
  foreign key (round_id, tenant_id) references consultation_round (id, tenant_id),
  foreign key (provision_id, tenant_id) references provision (id, tenant_id),
  foreign key (author_id, tenant_id) references account (id, tenant_id),
  foreign key (hidden_by, tenant_id) references account (id, tenant_id),
  foreign key (responded_by, tenant_id) references account (id, tenant_id),
  check ((hidden_at is null) = (hidden_reason is null)),
  check ((response is null) = (response_reason is null)),
  check (quote is null or provision_id is not null)
);
create index consultation_comment_round on consultation_comment (round_id, tenant_id);
select jenjang_tenant_table('consultation_comment', 'select, insert, update');

create table consultation_support (
  tenant_id int not null references tenant (id),
  comment_id bigint not null,
  account_id bigint not null,
  supported_at timestamptz not null default now(),
  primary key (comment_id, account_id, tenant_id),
  foreign key (comment_id, tenant_id) references consultation_comment (id, tenant_id),
  foreign key (account_id, tenant_id) references account (id, tenant_id)
);
select jenjang_tenant_table('consultation_support', 'select, insert');

-- Evidence may cite consultation input: the change of a provision that absorbed it.
alter table provision_evidence add column comment_id bigint;
alter table provision_evidence
  add foreign key (comment_id, tenant_id) references consultation_comment (id, tenant_id);
alter table provision_evidence drop constraint provision_evidence_kind_check;
alter table provision_evidence drop constraint provision_evidence_check;
alter table provision_evidence add constraint provision_evidence_kind_check
  check (kind in ('surveyQuestion', 'surveyWave', 'document', 'consultation'));
alter table provision_evidence add constraint provision_evidence_fields_check check (case kind
  when 'surveyQuestion' then wave_id is not null and question_key is not null and citation is null
    and comment_id is null
  when 'surveyWave' then wave_id is not null and question_key is null and statement_key is null
    and citation is null and comment_id is null
  when 'document' then wave_id is null and question_key is null and statement_key is null
    and citation is not null and comment_id is null
  when 'consultation' then wave_id is null and question_key is null and statement_key is null
    and citation is null and comment_id is not null
end);
create index provision_evidence_comment on provision_evidence (tenant_id, comment_id) where comment_id is not null;
