-- A posted quarterly narrative is immutable (issue 5): the database refuses UPDATE and DELETE,
-- whatever the application does. Health ratings are kept as history the same way.
CREATE OR REPLACE FUNCTION public.refuse_change_of_posted_row() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable once posted: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER priority_narratives_immutable
  BEFORE UPDATE OR DELETE ON public.priority_narratives
  FOR EACH ROW EXECUTE FUNCTION public.refuse_change_of_posted_row();
--> statement-breakpoint
CREATE TRIGGER priority_health_immutable
  BEFORE UPDATE OR DELETE ON public.priority_health
  FOR EACH ROW EXECUTE FUNCTION public.refuse_change_of_posted_row();
