-- Every app process caches what a repeat dashboard read needs (the roll-up version of each year,
-- units, the tree); a change tells them all on commit. Payloads: 'v' roll-up versions,
-- 'u' units (names and levels shown in dashboards), 't' the tree (unit_links).
CREATE OR REPLACE FUNCTION jixiao_data_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jixiao_data', TG_ARGV[0]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rollup_versions_data_notify AFTER INSERT OR UPDATE OR DELETE ON rollup_versions FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify('v');
--> statement-breakpoint
CREATE TRIGGER units_data_notify AFTER INSERT OR UPDATE OR DELETE ON units FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify('u');
--> statement-breakpoint
CREATE TRIGGER unit_links_data_notify AFTER INSERT OR UPDATE OR DELETE ON unit_links FOR EACH STATEMENT EXECUTE FUNCTION jixiao_data_notify('t');
