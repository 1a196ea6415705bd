-- A wave's respondents, read apart from its other tally rows (0025): its answer count on every
-- survey list and wave page, a reader's slice per unit, the breakdown by unit. Among a wave's tally
-- rows, ordered by unit, the respondent rows are one in hundreds (each unit has a row per question
-- and value, and per pair of SKM values), so counting them walked every row of the wave; this index
-- holds only them, with their counts.
create index survey_tally_respondents on survey_tally (tenant_id, wave_id, unit_id) include (n)
  where profile_key = '' and question_key = '' and part = '';
