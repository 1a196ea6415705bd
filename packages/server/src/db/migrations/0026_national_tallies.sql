-- The national view's IKM inputs (0014) from the survey tallies (0025) as well: per SKM wave its
-- answers, and per element how many answered it and the mean of their numbers, without counting
-- any answer. A national reader's view over every government's waves no longer reads them all.
create or replace function national_ikm_elements(p_k int)
  returns table (tenant_id int, wave_id bigint, survey_title text, service_name text, service_unit text,
                 wave_label text, opens_at timestamptz, closes_at timestamptz, responses int,
                 element text, element_order int, answered int, mean float8)
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  #variable_conflict use_column
  declare
    v_caller text := current_setting('jenjang.tenant_id', true);
    v_tenant int;
  begin
    for v_tenant in select id from tenant where kind <> 'nasional' order by id loop
      perform set_config('jenjang.tenant_id', v_tenant::text, true);
      return query
        with waves as (
          select w.id, s.title, s.service_name, u.name as unit_name, w.label, w.opens_at, w.closes_at,
                 w.instrument_version_id,
                 (select coalesce(sum(t.n), 0) from survey_tally t
                  where t.wave_id = w.id and t.profile_key = '' and t.question_key = '' and t.part = '')::int as answers,
                 greatest(p_k, s.min_group_size, 3) as k
          from survey_wave w
          join survey s on s.id = w.survey_id
          join instrument i on i.id = s.instrument_id
          left join unit u on u.id = s.service_unit_id
          where i.kind = 'skm' and w.status <> 'draft'
        ),
        elements as (
          select w.id as wave_id, q.question->>'skmElement' as element, q.question->>'key' as answer_key,
                 (row_number() over (partition by w.id order by sec.position, q.position))::int as element_order
          from waves w
          join instrument_version v on v.id = w.instrument_version_id
          cross join lateral jsonb_array_elements(v.definition->'sections') with ordinality sec(section, position)
          cross join lateral jsonb_array_elements(sec.section->'questions') with ordinality q(question, position)
          where w.answers >= w.k and q.question->>'type' = 'likert' and q.question ? 'skmElement'
        )
        select v_tenant, w.id, w.title, w.service_name, w.unit_name, w.label, w.opens_at, w.closes_at,
               case when w.answers >= w.k then w.answers end,
               e.element, e.element_order, m.answered, m.mean
        from waves w
        left join elements e on e.wave_id = w.id
        left join lateral (
          select coalesce(sum(t.n), 0)::int as answered,
                 (sum(t.n * (t.value #>> '{}')::numeric) filter (where jsonb_typeof(t.value) = 'number')
                   / nullif(sum(t.n) filter (where jsonb_typeof(t.value) = 'number'), 0))::float8 as mean
          from survey_tally t
          where t.wave_id = w.id and t.profile_key = '' and t.question_key = e.answer_key and t.part = ''
            and e.answer_key is not null
        ) m on true
        order by w.opens_at desc, w.id, e.element_order;
    end loop;
    perform set_config('jenjang.tenant_id', coalesce(v_caller, ''), true);
  end $$;
