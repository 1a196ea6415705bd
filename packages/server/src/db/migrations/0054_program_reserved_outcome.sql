-- The selection's outcome for an applicant above the open seats' cut-off whose batches gave seats
-- reserved for an affirmative group to its members (domain program.rules.ts, 'reservedSeats').
-- program_application.affirmative_group (0053) is the group the selection counted the applicant in.

alter table program_application
  drop constraint program_application_outcome_check,
  add constraint program_application_outcome_check
    check (outcome in ('selected', 'belowCutoff', 'tie', 'groupFull', 'batchesFull', 'ineligible', 'reservedSeats'));
