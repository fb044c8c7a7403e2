-- Issue 14 data migration (hand-written).
-- 1. The built-in 部门整体支出绩效自评 framework: computed leaves declare their source.
UPDATE "indicators" i SET "source" = s.src::jsonb
  FROM (VALUES
    ('1.1.1', '{"kind":"budgetExecution"}'),
    ('1.1.2', '{"kind":"carryoverRate"}'),
    ('1.1.3', '{"kind":"budgetAdjustmentRate"}'),
    ('1.1.4', '{"kind":"threePublicControl"}'),
    ('1.1.5', '{"kind":"procurementExecution"}'),
    ('1.2.1', '{"kind":"staffControl"}'),
    ('2.1.2', '{"kind":"keyProjectCompletion"}')
  ) AS s(code, src)
 WHERE i."code" = s.code AND i."source" IS NULL
   AND i."framework_id" IN (SELECT "id" FROM "frameworks" WHERE "code" = 'department-wide');
--> statement-breakpoint
UPDATE "indicators" SET "source" = '{"kind":"budgetExecution"}'::jsonb
 WHERE "code" = '1.1.1' AND "source" IS NULL
   AND "framework_id" IN (SELECT "id" FROM "frameworks" WHERE "code" = 'project-expenditure');
--> statement-breakpoint
-- 2. 在职人员控制率 preset (≤100% 满分，每超1个百分点扣0.1分) on versions still open for edits.
UPDATE "indicators" SET "rule" = '{"kind":"deduction","perUnit":0.1,"unitSize":1,"threshold":100,"direction":"over"}'::jsonb
 WHERE "code" = '1.2.1' AND "rule" = '{"kind":"ratio"}'::jsonb
   AND "framework_id" IN (SELECT "id" FROM "frameworks" WHERE "code" = 'department-wide' AND NOT "frozen");
--> statement-breakpoint
-- 3. Key-project figures kept as a note ("发放两癌救助金31万，救助低收入妇女31人") become measures.
INSERT INTO "key_project_measures" ("project_id", "unit_id", "year", "key", "ord", "name", "unit_of_measure", "kind", "target", "actual")
SELECT kv."project_id", kv."unit_id", kv."year", 'reliefPeople', 2, '救助人数', '人', 'count', NULL,
       (regexp_match(kv."note", '救助[^0-9，,；;。]*?([0-9]+)人'))[1]::numeric
  FROM "key_project_values" kv
 WHERE kv."note" ~ '救助[^0-9，,；;。]*?[0-9]+人'
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "key_project_measures" ("project_id", "unit_id", "year", "key", "ord", "name", "unit_of_measure", "kind", "target", "actual")
SELECT kv."project_id", kv."unit_id", kv."year", 'reliefFunds', 1, '救助金', '万元', 'money', NULL,
       (regexp_match(kv."note", '救助金([0-9]+(\.[0-9]+)?)万'))[1]::numeric
  FROM "key_project_values" kv
 WHERE kv."note" ~ '救助金[0-9]+(\.[0-9]+)?万'
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "key_project_values" SET "note" = NULL
 WHERE "note" ~ '救助金[0-9]+(\.[0-9]+)?万' AND "note" ~ '救助[^0-9，,；;。]*?[0-9]+人'
   AND length(regexp_replace("note", '[^，,；;]', '', 'g')) <= 1;
