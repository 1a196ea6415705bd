-- A wave's figures counted as its answers are released, not when they are read (issue 8, results
-- at a province's scale). Reading the results of a wave of a million answers counted every answer
-- on every read (26–47 s on two cores, however the query was written). Answers change only when a
-- batch is released (survey_release_batch, 0017), so the release itself now adds the batch to the
-- wave's tallies, and a read adds up a few hundred tally rows whatever the number of answers.
--
-- A tally counts facts: each released answer yields a fact per question it answers — the stored
-- value (Likert, single, multiple, number), "a non-blank text", a matrix statement's point, an
-- ability–need pair, "rated at least one statement" — and one fact for the respondent. The figures
-- are rebuilt from these counts by the domain (answer-tally.ts tallyOfCounts): a median or a
-- variance from the counts per value, a multiple choice's respondents from the counts per list.
-- Counted per unit (the whole wave, a reader's slice, the breakdown by unit) and per answer to each
-- profile question (the breakdown by education, occupation …). For the IKM's spread, which sums
-- over each respondent's answers, SKM elements are also counted in pairs (both answered, per pair
-- of values): Σz² then decomposes into the elements' own and pairwise sums.
--
-- Statement-level triggers on survey_response keep the tallies, so every path that writes answers
-- (a release, a bulk load of demo answers) counts them; the same trigger lists each text answer
-- under its shown id (survey_text_entry), so a page lists the first texts by id from an index
-- instead of hashing every answer. The tallies hold nothing the released answers do not: they are
-- written together, in the release's transaction, and the app role reads both under the same rules.

-- Facts per unit only: not broken down by profile answers (the IKM's pairs).
create table survey_tally (
  tenant_id int not null,
  wave_id bigint not null,
  -- Per unit: the respondent's unit (null: none) and profile_key ''. Per profile answer: unit_id
  -- null, profile_key the question's key, profile_value the answer (null when not a string).
  unit_id bigint,
  profile_key text not null,
  profile_value text,
  -- '' with part '': the respondent; '' with part '&': answered an SKM element with a number.
  question_key text not null,
  -- '' the question's value; a statement's key; '*' rated at least one statement; for an SKM
  -- element, '&' and the key of the element it is paired with (keys never hold '&').
  part text not null,
  value jsonb not null,
  n bigint not null,
  foreign key (tenant_id, wave_id) references survey_wave (tenant_id, id)
);
create unique index survey_tally_key on survey_tally
  (tenant_id, wave_id, profile_key, unit_id, profile_value, question_key, part, value) nulls not distinct;

create table survey_text_entry (
  tenant_id int not null,
  response_id uuid not null,
  question_key text not null,
  wave_id bigint not null,
  unit_id bigint,
  -- The id a text is shown and moderated by (result.service.ts textId).
  text_id text not null,
  primary key (tenant_id, response_id, question_key),
  foreign key (tenant_id, response_id) references survey_response (tenant_id, id) on delete cascade
);
create index survey_text_entry_listed on survey_text_entry (wave_id, question_key, text_id);

select jenjang_tenant_table('survey_tally', 'select');
select jenjang_tenant_table('survey_text_entry', 'select');
grant select, insert, update, delete on survey_tally, survey_text_entry to jenjang_auth;
grant select on survey_response, instrument_version to jenjang_auth;

-- A version's questions as the tally counts them: the keys of those counted by their value, of the
-- texts, the SKM elements and the profile questions; matrix and ability-vs-need questions with
-- their statements and the scale's points.
create function survey_tally_shape(p_definition jsonb)
  returns jsonb
  language sql immutable set search_path = pg_catalog, public, pg_temp
  as $$
    with q as (select q from jsonb_path_query(p_definition, '$.sections[*].questions[*]') q)
    select jsonb_build_object(
      'values', coalesce((select jsonb_agg(q -> 'key') from q where q ->> 'type' in ('likert', 'single', 'multiple', 'number')), '[]'),
      'texts', coalesce((select jsonb_agg(q -> 'key') from q where q ->> 'type' = 'text'), '[]'),
      'rated', coalesce((select jsonb_agg(jsonb_build_object(
          'key', q -> 'key', 'type', q -> 'type',
          'statements', (select jsonb_agg(s -> 'key') from jsonb_array_elements(q -> 'statements') s),
          'points', (select jsonb_agg(p) from generate_series((q #>> '{scale,min}')::int, (q #>> '{scale,max}')::int) p)))
        from q where q ->> 'type' in ('matrix', 'abilityNeed')), '[]'),
      'skm', coalesce((select jsonb_agg(q -> 'key') from q where q ? 'skmElement'), '[]'),
      'profiles', coalesce((select jsonb_agg(q -> 'key') from q where q ->> 'type' = 'single' and q ? 'profile'), '[]'))
  $$;

-- One answer's facts (see above). `per_unit`: counted per unit only. The conditions mirror
-- answer-tally.ts: a point is a JSON number equal to one of the scale's whole points; a text is
-- blank when only what JavaScript's trim removes is in it.
create function survey_answer_facts(p_answers jsonb, p_shape jsonb)
  returns table (question_key text, part text, value jsonb, per_unit boolean)
  language sql immutable
  as $$
    select '', '', 'null'::jsonb, false
    union all
    select k, '', p_answers -> k, false
      from jsonb_array_elements_text(p_shape -> 'values') k where p_answers ? k
    union all
    select k, '', 'true', false
      from jsonb_array_elements_text(p_shape -> 'texts') k
      where jsonb_typeof(p_answers -> k) = 'string'
        and (p_answers ->> k) ~ '[^\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]'
    union all
    select q ->> 'key', s.key,
           case when q ->> 'type' = 'matrix' then a.v -> s.key
                else jsonb_build_array(a.v -> s.key -> 'ability', a.v -> s.key -> 'need') end,
           false
      from jsonb_array_elements(p_shape -> 'rated') q
      cross join lateral (select p_answers -> (q ->> 'key') as v) a
      cross join lateral jsonb_array_elements_text(q -> 'statements') s(key)
      where jsonb_typeof(a.v) = 'object' and a.v ? s.key
    union all
    select q ->> 'key', '*', 'true', false
      from jsonb_array_elements(p_shape -> 'rated') q
      cross join lateral (select p_answers -> (q ->> 'key') as v) a
      where jsonb_typeof(a.v) = 'object'
        and exists (
          select 1 from jsonb_array_elements_text(q -> 'statements') s(key)
          where case when q ->> 'type' = 'matrix' then (q -> 'points') @> jsonb_build_array(a.v -> s.key)
                     else jsonb_typeof(a.v -> s.key) = 'object'
                          and (q -> 'points') @> jsonb_build_array(a.v -> s.key -> 'ability')
                          and (q -> 'points') @> jsonb_build_array(a.v -> s.key -> 'need') end)
    union all
    select '', '&', 'true', true
      where exists (select 1 from jsonb_array_elements_text(p_shape -> 'skm') k
                    where jsonb_typeof(p_answers -> k) = 'number')
    union all
    select e.k, '&' || f.k, jsonb_build_array(e.v, f.v), true
      from (select k, i, p_answers -> k as v from jsonb_array_elements_text(p_shape -> 'skm') with ordinality x(k, i)
            where jsonb_typeof(p_answers -> k) = 'number') e
      join (select k, i, p_answers -> k as v from jsonb_array_elements_text(p_shape -> 'skm') with ordinality x(k, i)
            where jsonb_typeof(p_answers -> k) = 'number') f on f.i > e.i
  $$;

grant execute on function survey_tally_shape(jsonb), survey_answer_facts(jsonb, jsonb) to jenjang_auth;

-- Adds (tg_argv[0] = 1) or takes away (-1) the changed answers' facts, and lists or unlists their
-- texts. Every trigger passes its transition table as `changed`. The facts are first counted per
-- unit and combination of profile answers (`facts`), then spread over the unit's row and each
-- profile answer's: three times faster for a bulk load than spreading every answer's facts. The
-- counts fit in memory (a few thousand groups), so they are hashed, never sorted on disk (work_mem).
-- Tally rows are written in key order, so two releases never wait for each other's rows in a circle.
create function survey_tally_change()
  returns trigger
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  set work_mem = '64MB'
  as $$
  declare
    v_sign int := tg_argv[0]::int;
  begin
    if v_sign < 0 then
      delete from survey_text_entry t using changed c where t.tenant_id = c.tenant_id and t.response_id = c.id;
    end if;
    with shapes as (
      select w.id as wave_id, survey_tally_shape(v.definition) as questions
      from survey_wave w join instrument_version v on v.id = w.instrument_version_id
      where w.id in (select distinct wave_id from changed)
    ), texts as (
      insert into survey_text_entry (tenant_id, response_id, question_key, wave_id, unit_id, text_id)
        select c.tenant_id, c.id, k, c.wave_id, c.unit_id,
               left(encode(sha256(convert_to(c.id::text || ':' || k, 'UTF8')), 'hex'), 32)
        from changed c join shapes s on s.wave_id = c.wave_id
        cross join lateral jsonb_array_elements_text(s.questions -> 'texts') k
        where v_sign > 0 and jsonb_typeof(c.answers -> k) = 'string'
    ), facts as (
      select c.tenant_id, c.wave_id, c.unit_id, pr.profile, f.question_key, f.part, f.value, f.per_unit, count(*) as n
      from changed c join shapes s on s.wave_id = c.wave_id
      cross join lateral (
        select coalesce(jsonb_agg(case when jsonb_typeof(c.answers -> k) = 'string' then c.answers -> k end), '[]') as profile
        from jsonb_array_elements_text(s.questions -> 'profiles') k
      ) pr
      cross join lateral survey_answer_facts(c.answers, s.questions) f
      group by 1, 2, 3, 4, 5, 6, 7, 8
    )
    insert into survey_tally as t (tenant_id, wave_id, unit_id, profile_key, profile_value, question_key, part, value, n)
      select x.tenant_id, x.wave_id, g.unit_id, g.profile_key, g.profile_value, x.question_key, x.part, x.value,
             v_sign * sum(x.n)
      from facts x join shapes s on s.wave_id = x.wave_id
      cross join lateral (
        select x.unit_id as unit_id, '' as profile_key, null::text as profile_value, true as per_unit
        union all
        select null, p.k, x.profile ->> (p.i::int - 1), false
        from jsonb_array_elements_text(s.questions -> 'profiles') with ordinality p(k, i)
      ) g
      where g.per_unit or not x.per_unit
      group by 1, 2, 3, 4, 5, 6, 7, 8
      order by 1, 2, 4, 3, 5, 6, 7, 8
      on conflict (tenant_id, wave_id, profile_key, unit_id, profile_value, question_key, part, value)
        do update set n = t.n + excluded.n;
    return null;
  end $$;

-- The answers released before this migration, counted once, government by government (the owner
-- sees tenant rows only with a tenant set: forced row-level security): each answer rewritten as it
-- is while only the trigger that adds an update's new answers exists.
create trigger survey_tally_b_updated_to after update on survey_response
  referencing new table as changed for each statement execute function survey_tally_change('1');
do $$
declare t record;
begin
  for t in select id from tenant loop
    perform set_config('jenjang.tenant_id', t.id::text, true);
    update survey_response set answers = answers;
  end loop;
  perform set_config('jenjang.tenant_id', '', true);
end $$;

create trigger survey_tally_added after insert on survey_response
  referencing new table as changed for each statement execute function survey_tally_change('1');
create trigger survey_tally_removed after delete on survey_response
  referencing old table as changed for each statement execute function survey_tally_change('-1');
-- An update takes the old answers away (a_) before it adds the new ones (b_): triggers fire by name.
create trigger survey_tally_a_updated_from after update on survey_response
  referencing old table as changed for each statement execute function survey_tally_change('-1');

-- Handed to jenjang_auth, then granted by their owner (see 0006 for why the order matters).
grant create on schema public to jenjang_auth;
alter function survey_tally_change() owner to jenjang_auth;
revoke create on schema public from jenjang_auth;
set local role jenjang_auth;
revoke execute on function survey_tally_change() from public;
reset role;
