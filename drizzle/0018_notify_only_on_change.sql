-- 0016's triggers ran FOR EACH STATEMENT, which fires even when the statement touched no row:
-- every save's roll-up refresh ("insert into rollup_versions … where exists (changes)") told
-- every process to drop its dashboard caches though nothing changed. Now a notice goes out only
-- when rows were inserted or deleted (transition tables), or a row's values really changed.
-- The same for 0011's unit-name notice to the session caches.
CREATE OR REPLACE FUNCTION jixiao_data_notify_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_rows) THEN
    PERFORM pg_notify('jixiao_data', TG_ARGV[0]);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION jixiao_data_notify_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jixiao_data', TG_ARGV[0]);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS rollup_versions_data_notify ON rollup_versions;
--> statement-breakpoint
DROP TRIGGER IF EXISTS units_data_notify ON units;
--> statement-breakpoint
DROP TRIGGER IF EXISTS unit_links_data_notify ON unit_links;
--> statement-breakpoint
CREATE TRIGGER rollup_versions_data_notify_insert AFTER INSERT ON rollup_versions REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify_rows('v');
--> statement-breakpoint
CREATE TRIGGER rollup_versions_data_notify_delete AFTER DELETE ON rollup_versions REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify_rows('v');
--> statement-breakpoint
CREATE TRIGGER rollup_versions_data_notify_update AFTER UPDATE ON rollup_versions FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION jixiao_data_notify_row('v');
--> statement-breakpoint
CREATE TRIGGER units_data_notify_insert AFTER INSERT ON units REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify_rows('u');
--> statement-breakpoint
CREATE TRIGGER units_data_notify_delete AFTER DELETE ON units REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify_rows('u');
--> statement-breakpoint
CREATE TRIGGER units_data_notify_update AFTER UPDATE ON units FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION jixiao_data_notify_row('u');
--> statement-breakpoint
CREATE TRIGGER unit_links_data_notify_insert AFTER INSERT ON unit_links REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify_rows('t');
--> statement-breakpoint
CREATE TRIGGER unit_links_data_notify_delete AFTER DELETE ON unit_links REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify_rows('t');
--> statement-breakpoint
CREATE TRIGGER unit_links_data_notify_update AFTER UPDATE ON unit_links FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION jixiao_data_notify_row('t');
--> statement-breakpoint
DROP FUNCTION IF EXISTS jixiao_data_notify();
--> statement-breakpoint
DROP TRIGGER IF EXISTS units_auth_notify ON units;
--> statement-breakpoint
CREATE TRIGGER units_auth_notify AFTER UPDATE OF name ON units FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION jixiao_auth_notify();
