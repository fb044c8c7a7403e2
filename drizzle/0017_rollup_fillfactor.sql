-- A save updates a few rows of these tables in place (its own figures, its own measures, each
-- ancestor's roll-up). Pages filled to 100 % by a bulk load or a rebuild leave no room, so the
-- new row version goes to another page and every index gets a new entry: more pages touched,
-- more WAL (a full page image each, the first time after a checkpoint) for the commit to flush.
-- 10 % free space lets those updates stay on their page (HOT). Applies to pages written from now
-- on (the next rebuild of a year, or VACUUM FULL).
ALTER TABLE "rollups" SET (fillfactor = 90);
--> statement-breakpoint
ALTER TABLE "unit_measures" SET (fillfactor = 90);
--> statement-breakpoint
ALTER TABLE "key_project_values" SET (fillfactor = 90);
