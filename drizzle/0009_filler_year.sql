CREATE TABLE "key_project_measures" (
	"project_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"ord" integer NOT NULL,
	"name" text NOT NULL,
	"unit_of_measure" text NOT NULL,
	"kind" text NOT NULL,
	"target" numeric,
	"actual" numeric,
	"sample" boolean DEFAULT false NOT NULL,
	CONSTRAINT "key_project_measures_project_id_unit_id_year_key_pk" PRIMARY KEY("project_id","unit_id","year","key")
);
--> statement-breakpoint
DROP INDEX "evaluations_unit_year_uq";--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "sample" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "project_code" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "opened_by" integer;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "sample" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "source" jsonb;--> statement-breakpoint
ALTER TABLE "key_project_measures" ADD CONSTRAINT "key_project_measures_project_id_key_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."key_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_project_measures" ADD CONSTRAINT "key_project_measures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kpm_unit_year_idx" ON "key_project_measures" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_unit_year_project_uq" ON "evaluations" USING btree ("unit_id","year","framework_id","project_code");