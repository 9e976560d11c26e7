-- A published result snapshot never changes, enforced by the database itself: a correction is a new snapshot.
-- A draft may still be filled and edited; the single allowed step out of draft is draft -> published.
CREATE FUNCTION result_snapshots_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'result snapshot % is published and cannot change: % is not allowed', OLD.id, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER result_snapshots_published_immutable
  BEFORE UPDATE OR DELETE ON result_snapshots
  FOR EACH ROW EXECUTE FUNCTION result_snapshots_reject_change();
--> statement-breakpoint
CREATE FUNCTION result_rows_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY[NEW.snapshot_id];
  ELSIF TG_OP = 'DELETE' THEN
    touched := ARRAY[OLD.snapshot_id];
  ELSE
    touched := ARRAY[OLD.snapshot_id, NEW.snapshot_id];
  END IF;
  IF EXISTS (SELECT 1 FROM result_snapshots WHERE id = ANY(touched) AND status = 'published') THEN
    RAISE EXCEPTION 'rows of a published result snapshot cannot change: % on % is not allowed', TG_OP, TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER entity_results_published_immutable
  BEFORE INSERT OR UPDATE OR DELETE ON entity_results
  FOR EACH ROW EXECUTE FUNCTION result_rows_reject_change();
--> statement-breakpoint
CREATE TRIGGER unit_results_published_immutable
  BEFORE INSERT OR UPDATE OR DELETE ON unit_results
  FOR EACH ROW EXECUTE FUNCTION result_rows_reject_change();
--> statement-breakpoint
CREATE FUNCTION results_reject_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published results cannot be truncated (%)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER result_snapshots_no_truncate BEFORE TRUNCATE ON result_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION results_reject_truncate();
--> statement-breakpoint
CREATE TRIGGER entity_results_no_truncate BEFORE TRUNCATE ON entity_results
  FOR EACH STATEMENT EXECUTE FUNCTION results_reject_truncate();
--> statement-breakpoint
CREATE TRIGGER unit_results_no_truncate BEFORE TRUNCATE ON unit_results
  FOR EACH STATEMENT EXECUTE FUNCTION results_reject_truncate();
