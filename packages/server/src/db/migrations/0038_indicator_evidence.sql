-- A change of a provision may cite one measurement of one of its policy's indicators: "the share of
-- staff satisfied with promotion fell to 2.9 in semester II". The measurement is kept as it was
-- when cited (its moment, words and value), since a computed indicator is computed again on every
-- read; the indicator itself cannot be removed while a change cites it (the foreign key refuses).
--
-- The kind and field checks of provision_evidence are recreated naming every kind known so far
-- (0033 added 'forumProposal').

alter table provision_evidence
  add column indicator_id bigint,
  add column measured_at timestamptz,
  add column measured_label text check (length(measured_label) between 1 and 200),
  add column measured_value double precision;
alter table provision_evidence
  add foreign key (indicator_id, tenant_id) references policy_indicator (id, tenant_id);
alter table provision_evidence drop constraint provision_evidence_kind_check;
alter table provision_evidence add constraint provision_evidence_kind_check
  check (kind in ('surveyQuestion', 'surveyWave', 'document', 'consultation', 'finding', 'forumProposal',
                  'indicatorMeasurement'));
-- The older kinds' columns stay as 0033 checks them (its check names no new column); the new
-- kind's columns are all present together, and only for it.
alter table provision_evidence drop constraint provision_evidence_fields_check;
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
  when 'indicatorMeasurement' then wave_id is null and question_key is null and statement_key is null
    and citation is null and comment_id is null and finding_id is null and forum_proposal_id is null
end);
alter table provision_evidence add constraint provision_evidence_measurement_check check (
  (kind = 'indicatorMeasurement') = (indicator_id is not null)
  and (indicator_id is null) = (measured_at is null)
  and (indicator_id is null) = (measured_label is null)
  and (indicator_id is null) = (measured_value is null)
);
-- The reverse view: from an indicator to the changes that cite its measurements.
create index provision_evidence_indicator on provision_evidence (tenant_id, indicator_id)
  where indicator_id is not null;
