-- Kirkpatrick levels 3 and 4 of a program (issue 12; domain programs/follow-up.rules.ts).
--
-- program.follow_up_months: how long after a batch closes its behaviour follow-up goes out (null:
--   none); part of the program's evaluation plan, not of its published terms, so it may change.
-- program.result_survey_id: the public-service survey (SKM) whose IKM is the program's result
--   measure, for a training aimed at a service unit: its waves before and after the batches.
-- program_batch.follow_up_*: the day the follow-up falls due and, once sent, its two surveys: the
--   alumni's and their direct supervisors' (the surveys' own, audiences program.batch and
--   program.batch-supervisors).

alter table program
  add column follow_up_months smallint default 3 check (follow_up_months between 1 and 24),
  add column result_survey_id bigint,
  add constraint program_result_survey
    foreign key (tenant_id, result_survey_id) references survey (tenant_id, id);

alter table program_batch
  add column follow_up_due_on date,
  add column follow_up_alumni_survey_id bigint,
  add column follow_up_supervisor_survey_id bigint,
  add constraint program_batch_follow_up_alumni
    foreign key (tenant_id, follow_up_alumni_survey_id) references survey (tenant_id, id),
  add constraint program_batch_follow_up_supervisor
    foreign key (tenant_id, follow_up_supervisor_survey_id) references survey (tenant_id, id);
