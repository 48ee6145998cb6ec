-- Extensions for diacritic-insensitive search (PGLITE.md: both load in PGlite and PostgreSQL).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is STABLE, so it cannot feed a generated column; this wrapper names the dictionary
-- explicitly, which makes it safe to declare IMMUTABLE. It maps đ/Đ to d/D as well.
CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
