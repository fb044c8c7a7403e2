CREATE TABLE "rollups" (
	"year" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"measure" text NOT NULL,
	"total" numeric NOT NULL,
	"reporting" integer NOT NULL,
	CONSTRAINT "rollups_year_unit_id_measure_pk" PRIMARY KEY("year","unit_id","measure")
);
--> statement-breakpoint
CREATE TABLE "tree_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_ancestors" (
	"year" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"ancestor_id" integer NOT NULL,
	"depth" smallint NOT NULL,
	CONSTRAINT "unit_ancestors_year_unit_id_ancestor_id_pk" PRIMARY KEY("year","unit_id","ancestor_id")
);
--> statement-breakpoint
CREATE TABLE "unit_measures" (
	"year" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"measure" text NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "unit_measures_year_unit_id_measure_pk" PRIMARY KEY("year","unit_id","measure")
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "total_score" numeric;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "grade" text;--> statement-breakpoint
CREATE INDEX "unit_ancestors_anc_idx" ON "unit_ancestors" USING btree ("year","ancestor_id","depth");