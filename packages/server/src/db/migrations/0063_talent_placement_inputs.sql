-- A talent placement keeps what placed the person, not the lines derived from it (issue 13;
-- docs/performance.md, "Talent mapping at Jakarta's scale").
--
-- talent_placement.inputs: what the nine-box read of the person (domain NineBoxInput: predikat,
--   component points, JPM category, education level, whole service years, programs in the training
--   window). The lines that explain the box are a pure function of these inputs and the settings the
--   year's mapping keeps (placeInNineBox), so they are derived when a placement is read. Kept, they
--   made ~1.8 KB of jsonb a person (~380 MB for Jakarta's year) and most of the placing job's time
--   and memory; the inputs are ~200 bytes. People with the same inputs are placed alike, so the
--   effect of other settings groups by this column as it is (no expression per row).
-- talent_placement.jpm: the JPM shown beside its category (the rules read the category only).
--
-- Rows placed before keep their meaning: their inputs come from the detail they stored (the shown
-- inputs, and the points each component line was given).

alter table talent_placement add column inputs jsonb,
  add column jpm numeric(5, 2) check (jpm between 0 and 100);

-- Row security applies to the owner too (0020): each government's rows are read under its setting.
do $$
  declare t record;
  begin
    for t in select id from tenant loop
      perform set_config('jenjang.tenant_id', t.id::text, true);
      update talent_placement p set jpm = (p.detail -> 'inputs' ->> 'jpm')::numeric, inputs = jsonb_build_object(
          'predikat', p.detail -> 'inputs' -> 'predikat',
          'jpmCategory', p.detail -> 'inputs' -> 'jpmCategory',
          'educationLevel', p.detail -> 'inputs' -> 'educationLevel',
          'serviceYears', coalesce(p.detail -> 'inputs' -> 'serviceYears', '0'::jsonb),
          'completedPrograms', coalesce(p.detail -> 'inputs' -> 'completedPrograms', '0'::jsonb),
          'components', coalesce((
            select jsonb_object_agg(l ->> 'component', l -> 'params' -> 'given')
            from jsonb_array_elements(p.detail -> 'performance' -> 'lines') l
            where l ->> 'key' = 'component'), '{}'::jsonb),
          'potentialComponents', coalesce((
            select jsonb_object_agg(l ->> 'component', l -> 'params' -> 'given')
            from jsonb_array_elements(p.detail -> 'potential' -> 'lines') l
            where l ->> 'key' = 'component'), '{}'::jsonb));
    end loop;
    perform set_config('jenjang.tenant_id', '', true);
  end $$;

alter table talent_placement
  alter column inputs set not null,
  add constraint talent_placement_inputs_object check (jsonb_typeof(inputs) = 'object'),
  drop column detail;
