-- What a kenaikan pangkat list weighs, readable from indexes alone (docs/performance.md, "Promotion
-- eligibility at Jakarta's scale"). A list, a rules effect and the on-time indicator read every
-- active PNS's golongan, TMT golongan, education and jenjang, and their annual predikat of one to
-- three years. From the tables that took two hash joins over the appraisals after a scan of the
-- whole employee table (~440 bytes a row): about half of a list's second at Jakarta's scale. From
-- these two indexes, both in employee id order, it is two merge joins of index-only scans.
--
-- employee_promotion_inputs: the active PNS (the only people a list weighs) by id, carrying what
--   the rules read and the unit a list may be narrowed to.
-- performance_appraisal_annual: each year's annual predikat by employee.

create index employee_promotion_inputs on employee (tenant_id, id)
  include (golongan, tmt_golongan, education_level, education, position_level, unit_id)
  where status = 'aktif' and employee_type = 'PNS';

create index performance_appraisal_annual on performance_appraisal (tenant_id, year, employee_id)
  include (predikat) where period = 'annual';
