-- Each employee's current level per competency, kept beside the history (issue 10).
--
-- The current level is the newest assessment by day, the later recorded of one day winning (domain
-- competency-gap.rules.ts currentLevels). Finding it at read time costs one index probe per
-- requirement: fine for one person or a unit, too slow for a government of 263,000 or the nation's
-- ~50 million assessments (docs/performance.md, "Competency gaps"). So each insert into
-- competency_assessment also settles competency_current, in the same statement: a statement-level
-- trigger reads the rows just inserted (a transition table) and keeps, per employee and
-- competency, the newest. ON CONFLICT compares with the row as the last committed writer left it,
-- so concurrent writers of one person settle on the newest whatever their order.
--
-- Assessments are never updated or deleted (the app role may only insert them), so inserts are all
-- the trigger needs to follow. Reading levels as of a past day still reads the history.

create table competency_current (
  tenant_id int not null references tenant (id),
  employee_id bigint not null,
  competency_id bigint not null,
  level smallint not null check (level between 1 and 5),
  assessed_on date not null,
  assessment_id bigint not null,
  primary key (employee_id, competency_id, tenant_id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, competency_id) references competency (tenant_id, id),
  foreign key (tenant_id, assessment_id) references competency_assessment (tenant_id, id)
);
create index competency_current_by_competency on competency_current (tenant_id, competency_id);
select jenjang_tenant_table('competency_current', 'select, insert, update');

create function jenjang_settle_current_levels() returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    insert into competency_current as c (tenant_id, employee_id, competency_id, level, assessed_on, assessment_id)
      select distinct on (n.tenant_id, n.employee_id, n.competency_id)
        n.tenant_id, n.employee_id, n.competency_id, n.level, n.assessed_on, n.id
      from inserted n
      order by n.tenant_id, n.employee_id, n.competency_id, n.assessed_on desc, n.id desc
    on conflict (employee_id, competency_id, tenant_id) do update
      set level = excluded.level, assessed_on = excluded.assessed_on, assessment_id = excluded.assessment_id
      where (excluded.assessed_on, excluded.assessment_id) > (c.assessed_on, c.assessment_id);
    return null;
  end $$;
create trigger competency_assessment_settles_current after insert on competency_assessment
  referencing new table as inserted
  for each statement execute function jenjang_settle_current_levels();

-- What was assessed before this migration.
do $$
  declare t record;
  begin
    for t in select id from tenant loop
      perform set_config('jenjang.tenant_id', t.id::text, true);
      insert into competency_current (tenant_id, employee_id, competency_id, level, assessed_on, assessment_id)
        select distinct on (a.employee_id, a.competency_id)
          a.tenant_id, a.employee_id, a.competency_id, a.level, a.assessed_on, a.id
        from competency_assessment a
        where a.tenant_id = t.id
        order by a.employee_id, a.competency_id, a.assessed_on desc, a.id desc;
    end loop;
    perform set_config('jenjang.tenant_id', '', true);
  end $$;
