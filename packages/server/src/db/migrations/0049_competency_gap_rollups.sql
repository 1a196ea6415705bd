-- Each unit's own gap figures, kept so that a subtree's gap view sums a few rows per unit instead of
-- re-reading every requirement of every person in it (issue 10; docs/performance.md, "Competency
-- gaps"). An OPD of ~4,400 people has ~40,000 requirements: read one by one, its view took up to
-- 172 ms; summed from its units' rows it reads a few thousand.
--
-- competency_gap_unit: per unit (its own staff, not its subtree; 0: employees without a unit),
--   position kind and competency, the requirements, how many are assessed, below, and by how much.
-- competency_jpm_unit: per unit and position kind, employees by their JPM floored to hundredths
--   (null: a requirement unassessed). The government's cut-offs have two decimals, so
--   floor(JPM × 100) >= cut-off × 100 exactly when JPM >= cut-off: changing them needs no refresh.
-- competency_gap_dirty: the units whose rows are stale. Triggers mark them in the statement that
--   makes them stale (a current level settled, a person hired, moved, re-positioned or leaving, a
--   standard edited); a reader of a subtree first recomputes its stale units (gap.repository.ts), so
--   figures are never older than what the reader's transaction sees committed.

create table competency_gap_unit (
  tenant_id int not null references tenant (id),
  unit_id bigint not null,
  kind text not null,
  competency_id bigint not null,
  required int not null,
  assessed int not null,
  below int not null,
  shortfall int not null,
  primary key (unit_id, kind, competency_id, tenant_id)
);
select jenjang_tenant_table('competency_gap_unit', 'select, insert, delete');

create table competency_jpm_unit (
  tenant_id int not null references tenant (id),
  unit_id bigint not null,
  kind text not null,
  jpm_centi int,
  employees int not null,
  unique nulls not distinct (unit_id, kind, jpm_centi, tenant_id)
);
create index competency_jpm_unit_by_unit on competency_jpm_unit (tenant_id, unit_id);
select jenjang_tenant_table('competency_jpm_unit', 'select, insert, delete');

create table competency_gap_dirty (
  tenant_id int not null references tenant (id),
  unit_id bigint not null,
  primary key (unit_id, tenant_id)
);
select jenjang_tenant_table('competency_gap_dirty', 'select, insert, delete');

-- Finding the holders of a position whose standard changed.
create index employee_by_position on employee (tenant_id, position_id);

-- The units of the employees named in `changed` (a transition table's tenant_id, employee_id).
create function jenjang_gap_units_of_levels() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_gap_dirty (tenant_id, unit_id)
      select distinct e.tenant_id, coalesce(e.unit_id, 0)
      from changed c join employee e on e.tenant_id = c.tenant_id and e.id = c.employee_id
    on conflict do nothing;
    return null;
  end $$;
create trigger competency_current_inserted_gaps after insert on competency_current
  referencing new table as changed
  for each statement execute function jenjang_gap_units_of_levels();
create trigger competency_current_updated_gaps after update on competency_current
  referencing new table as changed
  for each statement execute function jenjang_gap_units_of_levels();

-- An employee counts where they work, by their position and kind, while active.
create function jenjang_gap_units_of_new_employees() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_gap_dirty (tenant_id, unit_id)
      select distinct n.tenant_id, coalesce(n.unit_id, 0) from changed n
      where n.status = 'aktif' and n.position_id is not null
    on conflict do nothing;
    return null;
  end $$;
create trigger employee_inserted_gaps after insert on employee
  referencing new table as changed
  for each statement execute function jenjang_gap_units_of_new_employees();
create trigger employee_deleted_gaps after delete on employee
  referencing old table as changed
  for each statement execute function jenjang_gap_units_of_new_employees();

create function jenjang_gap_units_of_changed_employees() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_gap_dirty (tenant_id, unit_id)
      select distinct o.tenant_id, coalesce(u.unit_id, 0)
      from before_rows o join after_rows n on n.tenant_id = o.tenant_id and n.id = o.id
      cross join lateral (values (o.unit_id), (n.unit_id)) u (unit_id)
      where (o.unit_id, o.position_id, o.position_kind, o.status)
        is distinct from (n.unit_id, n.position_id, n.position_kind, n.status)
    on conflict do nothing;
    return null;
  end $$;
create trigger employee_updated_gaps after update on employee
  referencing old table as before_rows new table as after_rows
  for each statement execute function jenjang_gap_units_of_changed_employees();

-- A standard edited: the units of the position's holders.
create function jenjang_gap_units_of_standards() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_gap_dirty (tenant_id, unit_id)
      select distinct e.tenant_id, coalesce(e.unit_id, 0)
      from (select distinct tenant_id, position_id from changed) c
      join employee e on e.tenant_id = c.tenant_id and e.position_id = c.position_id
      where e.status = 'aktif'
    on conflict do nothing;
    return null;
  end $$;
create trigger position_competency_inserted_gaps after insert on position_competency
  referencing new table as changed
  for each statement execute function jenjang_gap_units_of_standards();
create trigger position_competency_updated_gaps after update on position_competency
  referencing new table as changed
  for each statement execute function jenjang_gap_units_of_standards();
create trigger position_competency_deleted_gaps after delete on position_competency
  referencing old table as changed
  for each statement execute function jenjang_gap_units_of_standards();

-- What exists already: every unit (and the no-unit group) starts stale, computed when first read.
do $$
  declare t record;
  begin
    for t in select id from tenant loop
      perform set_config('jenjang.tenant_id', t.id::text, true);
      insert into competency_gap_dirty (tenant_id, unit_id)
        select t.id, u.id from unit u where u.tenant_id = t.id
        union select t.id, 0;
    end loop;
    perform set_config('jenjang.tenant_id', '', true);
  end $$;
