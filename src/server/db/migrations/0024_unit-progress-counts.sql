CREATE TABLE "unit_progress_counts" (
	"locus_unit_id" uuid PRIMARY KEY NOT NULL,
	"generation" integer DEFAULT 1 NOT NULL,
	"counted_generation" integer,
	"evidence_key" text,
	"respondents" integer DEFAULT 0 NOT NULL,
	"answered_indicators" integer DEFAULT 0 NOT NULL,
	"assessor_answered" boolean DEFAULT false NOT NULL,
	"answers_needing_evidence" integer DEFAULT 0 NOT NULL,
	"answers_with_evidence" integer DEFAULT 0 NOT NULL,
	"survey_responses" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "unit_progress_counts" ADD CONSTRAINT "unit_progress_counts_locus_unit_id_locus_units_id_fk" FOREIGN KEY ("locus_unit_id") REFERENCES "public"."locus_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every write to a unit's field data bumps the unit's progress generation in the same statement, whoever writes
-- (use-cases, imports, COPY loads, cascades), so kept counts can never be taken for current after a change.
-- Statement-level with transition tables: a COPY of 200,000 answers costs one grouped upsert, not one per row.
-- A unit deleted in the same statement (cascade) is skipped: its counts row goes with it.
CREATE FUNCTION unit_progress_mark_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO unit_progress_counts (locus_unit_id)
      SELECT DISTINCT changed.locus_unit_id FROM new_rows changed
      WHERE EXISTS (SELECT 1 FROM locus_units WHERE locus_units.id = changed.locus_unit_id)
      ORDER BY 1
    ON CONFLICT (locus_unit_id) DO UPDATE SET generation = unit_progress_counts.generation + 1;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO unit_progress_counts (locus_unit_id)
      SELECT DISTINCT changed.locus_unit_id FROM old_rows changed
      WHERE EXISTS (SELECT 1 FROM locus_units WHERE locus_units.id = changed.locus_unit_id)
      ORDER BY 1
    ON CONFLICT (locus_unit_id) DO UPDATE SET generation = unit_progress_counts.generation + 1;
  ELSE
    INSERT INTO unit_progress_counts (locus_unit_id)
      SELECT changed.locus_unit_id
      FROM (SELECT locus_unit_id FROM new_rows UNION SELECT locus_unit_id FROM old_rows) changed
      WHERE EXISTS (SELECT 1 FROM locus_units WHERE locus_units.id = changed.locus_unit_id)
      ORDER BY 1
    ON CONFLICT (locus_unit_id) DO UPDATE SET generation = unit_progress_counts.generation + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Evidence names its answer, not its unit; an answer deleted in the same statement is counted by answers' own trigger.
CREATE FUNCTION unit_progress_mark_evidence_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO unit_progress_counts (locus_unit_id)
      SELECT DISTINCT answers.locus_unit_id FROM new_rows changed JOIN answers ON answers.id = changed.answer_id
      ORDER BY 1
    ON CONFLICT (locus_unit_id) DO UPDATE SET generation = unit_progress_counts.generation + 1;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO unit_progress_counts (locus_unit_id)
      SELECT DISTINCT answers.locus_unit_id FROM old_rows changed JOIN answers ON answers.id = changed.answer_id
      ORDER BY 1
    ON CONFLICT (locus_unit_id) DO UPDATE SET generation = unit_progress_counts.generation + 1;
  ELSE
    INSERT INTO unit_progress_counts (locus_unit_id)
      SELECT answers.locus_unit_id
      FROM (SELECT answer_id FROM new_rows UNION SELECT answer_id FROM old_rows) changed
      JOIN answers ON answers.id = changed.answer_id
      GROUP BY answers.locus_unit_id
      ORDER BY 1
    ON CONFLICT (locus_unit_id) DO UPDATE SET generation = unit_progress_counts.generation + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER respondents_progress_inserted AFTER INSERT ON respondents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER respondents_progress_updated AFTER UPDATE ON respondents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER respondents_progress_deleted AFTER DELETE ON respondents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER answers_progress_inserted AFTER INSERT ON answers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER answers_progress_updated AFTER UPDATE ON answers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER answers_progress_deleted AFTER DELETE ON answers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER survey_responses_progress_inserted AFTER INSERT ON survey_responses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER survey_responses_progress_updated AFTER UPDATE ON survey_responses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER survey_responses_progress_deleted AFTER DELETE ON survey_responses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_changed();
--> statement-breakpoint
CREATE TRIGGER answer_evidence_progress_inserted AFTER INSERT ON answer_evidence
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_evidence_changed();
--> statement-breakpoint
CREATE TRIGGER answer_evidence_progress_updated AFTER UPDATE ON answer_evidence
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_evidence_changed();
--> statement-breakpoint
CREATE TRIGGER answer_evidence_progress_deleted AFTER DELETE ON answer_evidence
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION unit_progress_mark_evidence_changed();
