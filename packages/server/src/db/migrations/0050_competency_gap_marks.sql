-- Marking a unit's gap rows stale (migration 0049) without a unique key: a writer marking units
-- never waits on another writer, nor on a reader taking the marks. With the key, two writers
-- marking the same units in another order (an assessment import beside a registry import) could
-- deadlock, and a writer waited for a reader's whole transaction. A unit may now be marked more
-- than once; a refresh takes all of its marks (gap.repository.ts refreshUnitRollups).

alter table competency_gap_dirty drop constraint competency_gap_dirty_pkey;
create index competency_gap_dirty_by_unit on competency_gap_dirty (tenant_id, unit_id);

create or replace function jenjang_gap_units_of_levels() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_gap_dirty (tenant_id, unit_id)
      select distinct e.tenant_id, coalesce(e.unit_id, 0)
      from changed c join employee e on e.tenant_id = c.tenant_id and e.id = c.employee_id;
    return null;
  end $$;

create or replace function jenjang_gap_units_of_new_employees() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_gap_dirty (tenant_id, unit_id)
      select distinct n.tenant_id, coalesce(n.unit_id, 0) from changed n
      where n.status = 'aktif' and n.position_id is not null;
    return null;
  end $$;

create or replace function jenjang_gap_units_of_changed_employees() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_gap_dirty (tenant_id, unit_id)
      select distinct o.tenant_id, coalesce(u.unit_id, 0)
      from before_rows o join after_rows n on n.tenant_id = o.tenant_id and n.id = o.id
      cross join lateral (values (o.unit_id), (n.unit_id)) u (unit_id)
      where (o.unit_id, o.position_id, o.position_kind, o.status)
        is distinct from (n.unit_id, n.position_id, n.position_kind, n.status);
    return null;
  end $$;

create or replace function jenjang_gap_units_of_standards() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_gap_dirty (tenant_id, unit_id)
      select distinct e.tenant_id, coalesce(e.unit_id, 0)
      from (select distinct tenant_id, position_id from changed) c
      join employee e on e.tenant_id = c.tenant_id and e.position_id = c.position_id
      where e.status = 'aktif';
    return null;
  end $$;
