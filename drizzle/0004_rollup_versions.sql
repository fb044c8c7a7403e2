CREATE TABLE "rollup_versions" (
	"year" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
