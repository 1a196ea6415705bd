-- The annual Forum Diskusi ASN (seed 004): an event of the government where staff put opinions and
-- proposals directly to its leaders. Its agenda; proposals, replies and votes (one per person per
-- proposal: agree or disagree); the minutes; and what became of each proposal, with its reason. A
-- change of a provision may cite a forum proposal as its evidence.
--
-- The kind and field checks of provision_evidence are recreated naming every kind known so far
-- (0032 added 'finding').

create table forum (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  title text not null check (length(title) between 1 and 200),
  year int not null check (year between 2000 and 2100),
  -- The forum itself, as instants; the government's time zone shows them on its clock.
  starts_at timestamptz not null,
  ends_at timestamptz not null check (ends_at > starts_at),
  place text not null check (length(place) between 1 and 300),
  -- planned -> open (proposals, replies, votes until ends_at) -> closed (minutes, outcomes).
  state text not null default 'planned' check (state in ('planned', 'open', 'closed')),
  opened_at timestamptz,
  closed_at timestamptz,
  minutes text check (length(minutes) between 1 and 20000),
  minutes_at timestamptz,
  minutes_by bigint,
  created_by bigint,
  created_at timestamptz not null default now(),
  primary key (id, tenant_id),
  foreign key (created_by, tenant_id) references account (id, tenant_id),
  foreign key (minutes_by, tenant_id) references account (id, tenant_id),
  check ((minutes is null) = (minutes_at is null)),
  check (state = 'planned' or opened_at is not null),
  check (state <> 'closed' or closed_at is not null)
);
create index forum_year on forum (tenant_id, year);
select jenjang_tenant_table('forum', 'select, insert, update');

-- The policies a forum discusses.
create table forum_policy (
  tenant_id int not null references tenant (id),
  forum_id bigint not null,
  policy_id bigint not null,
  primary key (forum_id, policy_id, tenant_id),
  foreign key (forum_id, tenant_id) references forum (id, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id)
);
select jenjang_tenant_table('forum_policy', 'select, insert');

-- The agenda, replaced as a whole when the admins change it.
create table forum_agenda_item (
  tenant_id int not null references tenant (id),
  forum_id bigint not null,
  ordinal int not null check (ordinal >= 0),
  time text check (time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  title text not null check (length(title) between 1 and 200),
  note text check (length(note) between 1 and 1000),
  primary key (forum_id, ordinal, tenant_id),
  foreign key (forum_id, tenant_id) references forum (id, tenant_id)
);
select jenjang_tenant_table('forum_agenda_item', 'select, insert, delete');

create table forum_proposal (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  forum_id bigint not null,
  title text not null check (length(title) between 1 and 200),
  body text not null check (length(body) between 1 and 4000),
  author_id bigint not null,
  created_at timestamptz not null default now(),
  hidden_at timestamptz,
  hidden_reason text,
  hidden_by bigint,
  outcome text check (outcome in ('accepted', 'study', 'rejected')),
  outcome_reason text check (length(outcome_reason) between 1 and 2000),
  outcome_policy_id bigint,
  outcome_by bigint,
  outcome_at timestamptz,
  primary key (id, tenant_id),
  foreign key (forum_id, tenant_id) references forum (id, tenant_id),
  foreign key (author_id, tenant_id) references account (id, tenant_id),
  foreign key (hidden_by, tenant_id) references account (id, tenant_id),
  foreign key (outcome_by, tenant_id) references account (id, tenant_id),
  foreign key (outcome_policy_id, tenant_id) references policy (id, tenant_id),
  check ((hidden_at is null) = (hidden_reason is null)),
  -- No outcome without its reason.
  check ((outcome is null) = (outcome_reason is null)),
  check (outcome is not null or outcome_policy_id is null)
);
create index forum_proposal_forum on forum_proposal (forum_id, tenant_id);
select jenjang_tenant_table('forum_proposal', 'select, insert, update');

create table forum_reply (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  proposal_id bigint not null,
  body text not null check (length(body) between 1 and 2000),
  author_id bigint not null,
  created_at timestamptz not null default now(),
  hidden_at timestamptz,
  hidden_reason text,
  hidden_by bigint,
  primary key (id, tenant_id),
  foreign key (proposal_id, tenant_id) references forum_proposal (id, tenant_id),
  foreign key (author_id, tenant_id) references account (id, tenant_id),
  foreign key (hidden_by, tenant_id) references account (id, tenant_id),
  check ((hidden_at is null) = (hidden_reason is null))
);
create index forum_reply_proposal on forum_reply (proposal_id, tenant_id);
select jenjang_tenant_table('forum_reply', 'select, insert, update');

-- One vote per person per proposal, whatever arrives at once: the primary key, not a check in code.
-- A vote may change its stance while the forum is open.
create table forum_vote (
  tenant_id int not null references tenant (id),
  proposal_id bigint not null,
  account_id bigint not null,
  stance text not null check (stance in ('agree', 'disagree')),
  voted_at timestamptz not null,
  primary key (proposal_id, account_id, tenant_id),
  foreign key (proposal_id, tenant_id) references forum_proposal (id, tenant_id),
  foreign key (account_id, tenant_id) references account (id, tenant_id)
);
select jenjang_tenant_table('forum_vote', 'select, insert, update');

-- Evidence may cite a forum proposal: the change of a provision that takes it up.
alter table provision_evidence add column forum_proposal_id bigint;
alter table provision_evidence
  add foreign key (forum_proposal_id, tenant_id) references forum_proposal (id, tenant_id);
alter table provision_evidence drop constraint provision_evidence_kind_check;
alter table provision_evidence drop constraint provision_evidence_fields_check;
alter table provision_evidence add constraint provision_evidence_kind_check
  check (kind in ('surveyQuestion', 'surveyWave', 'document', 'consultation', 'finding', 'forumProposal'));
alter table provision_evidence add constraint provision_evidence_fields_check check (case kind
  when 'surveyQuestion' then wave_id is not null and question_key is not null and citation is null
    and comment_id is null and finding_id is null and forum_proposal_id is null
  when 'surveyWave' then wave_id is not null and question_key is null and statement_key is null
    and citation is null and comment_id is null and finding_id is null and forum_proposal_id is null
  when 'document' then wave_id is null and question_key is null and statement_key is null
    and citation is not null and comment_id is null and finding_id is null and forum_proposal_id is null
  when 'consultation' then wave_id is null and question_key is null and statement_key is null
    and citation is null and comment_id is not null and finding_id is null and forum_proposal_id is null
  when 'finding' then wave_id is null and question_key is null and statement_key is null
    and citation is null and comment_id is null and finding_id is not null and forum_proposal_id is null
  when 'forumProposal' then wave_id is null and question_key is null and statement_key is null
    and citation is null and comment_id is null and finding_id is null and forum_proposal_id is not null
end);
create index provision_evidence_forum_proposal on provision_evidence (tenant_id, forum_proposal_id)
  where forum_proposal_id is not null;
