-- Every committed change to what a plan's dashboard shows raises the plan's revision, in the same
-- transaction (issue 6): cached figures are served only while the revision they were computed at
-- is still current, so a cache can never show a figure older than the last write.
--
-- The triggers are deferred to commit: the revision row is locked only for the last instant of a
-- write, after the task rows it locked, so concurrent writers on one plan neither wait long nor
-- deadlock. Each plan is raised once per transaction, however many rows the transaction touched.
-- Revisions are drawn from one sequence, never reused: a restored backup cannot bring back a number
-- that a running app instance has already cached other figures under.
CREATE SEQUENCE public.plan_revision_seq;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.bump_plan_revision(target integer) RETURNS void
  LANGUAGE plpgsql
  AS $$
DECLARE
  done text := coalesce(current_setting('khcn.bumped_plans', true), '');
BEGIN
  IF target IS NULL OR position(',' || target || ',' in done) > 0 THEN
    RETURN;
  END IF;
  INSERT INTO public.plan_revisions AS r (plan_id, revision)
    SELECT id, nextval('public.plan_revision_seq') FROM public.plans WHERE id = target
    ON CONFLICT (plan_id) DO UPDATE SET revision = EXCLUDED.revision;
  PERFORM set_config('khcn.bumped_plans', CASE WHEN done = '' THEN ',' ELSE done END || target || ',', true);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.plan_revision_trigger() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_TABLE_NAME IN ('tasks', 'priorities') THEN
    IF TG_OP <> 'INSERT' THEN PERFORM public.bump_plan_revision(OLD.plan_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM public.bump_plan_revision(NEW.plan_id); END IF;
  ELSIF TG_TABLE_NAME IN ('task_supporting_units', 'indicators') THEN
    IF TG_OP <> 'INSERT' THEN PERFORM public.bump_plan_revision((SELECT plan_id FROM public.tasks WHERE id = OLD.task_id)); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM public.bump_plan_revision((SELECT plan_id FROM public.tasks WHERE id = NEW.task_id)); END IF;
  ELSIF TG_TABLE_NAME = 'priority_health' THEN
    PERFORM public.bump_plan_revision((SELECT plan_id FROM public.priorities WHERE id = NEW.priority_id));
  ELSIF TG_TABLE_NAME = 'plans' THEN
    IF TG_OP <> 'DELETE' THEN PERFORM public.bump_plan_revision(NEW.id); END IF;
  ELSIF TG_TABLE_NAME = 'units' THEN
    -- A unit's name or kind shows on every plan's dashboard; units change rarely.
    PERFORM public.bump_plan_revision(id) FROM public.plans;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER tasks_plan_revision AFTER INSERT OR UPDATE OR DELETE ON public.tasks
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.plan_revision_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER task_supporting_units_plan_revision AFTER INSERT OR UPDATE OR DELETE ON public.task_supporting_units
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.plan_revision_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER indicators_plan_revision AFTER INSERT OR UPDATE OR DELETE ON public.indicators
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.plan_revision_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER priorities_plan_revision AFTER INSERT OR UPDATE OR DELETE ON public.priorities
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.plan_revision_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER priority_health_plan_revision AFTER INSERT ON public.priority_health
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.plan_revision_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER plans_plan_revision AFTER INSERT OR UPDATE ON public.plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.plan_revision_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER units_plan_revision AFTER INSERT OR UPDATE OR DELETE ON public.units
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.plan_revision_trigger();
--> statement-breakpoint
INSERT INTO public.plan_revisions (plan_id, revision) SELECT id, nextval('public.plan_revision_seq') FROM public.plans ON CONFLICT (plan_id) DO NOTHING;
