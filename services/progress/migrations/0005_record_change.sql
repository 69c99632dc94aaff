-- One progress change in one statement: the hot write path (lesson completion, quiz scores,
-- position). Written as a function so it is one round trip instead of a five-statement
-- transaction: a VOLATILE PL/pgSQL function takes a fresh snapshot for each statement, so the
-- reads after the row lock see every change committed before it, as a transaction's separate
-- statements do. The caller decides which lessons count (p_counted_lesson_ids); this counts and
-- rounds them the way progress.calculator.ts does. progress.updated is written to the outbox
-- with the measured percentage; with p_refuse_full a change reaching 100 % raises SQLSTATE
-- SC100 instead, and nothing of it is kept.
CREATE FUNCTION "progress"."record_change"(
  p_enrollment_id integer,
  p_student_id integer,
  p_course_id integer,
  p_now timestamptz,
  p_add_minutes integer,
  p_module_id integer,
  p_lesson_id integer,
  p_score_lesson_id integer,
  p_score numeric,
  p_score_graded boolean,
  p_complete_lesson_id integer,
  p_counted_lesson_ids jsonb,
  p_refuse_full boolean,
  p_event_id uuid,
  p_event_type text,
  p_event jsonb,
  p_destinations jsonb,
  p_traceparent text
) RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  changed "progress"."progress";
  completed integer[];
  scores jsonb;
  counted integer[];
  percentage numeric;
BEGIN
  -- Created at version 1, or changed with its version bumped; locked until the end.
  INSERT INTO "progress"."progress" AS p (enrollment_id, student_id, course_id, time_spent_minutes,
      current_module_id, current_lesson_id, last_accessed_at, version, created_at, updated_at)
    VALUES (p_enrollment_id, p_student_id, p_course_id, p_add_minutes, p_module_id, p_lesson_id,
      p_now, 1, p_now, p_now)
    ON CONFLICT (enrollment_id) DO UPDATE SET
      current_module_id = coalesce(excluded.current_module_id, p.current_module_id),
      current_lesson_id = coalesce(excluded.current_lesson_id, p.current_lesson_id),
      time_spent_minutes = p.time_spent_minutes + excluded.time_spent_minutes,
      last_accessed_at = excluded.last_accessed_at,
      updated_at = excluded.updated_at,
      version = p.version + 1
    RETURNING * INTO changed;

  -- The best score is kept; on a tie a graded score wins over a self-reported one.
  IF p_score_lesson_id IS NOT NULL THEN
    INSERT INTO "progress"."quiz_scores" AS q (progress_id, lesson_id, best_score, last_submitted_at, graded)
      VALUES (changed.id, p_score_lesson_id, p_score, p_now, p_score_graded)
      ON CONFLICT (progress_id, lesson_id) DO UPDATE SET
        graded = CASE WHEN excluded.best_score > q.best_score THEN excluded.graded
                      WHEN excluded.best_score = q.best_score THEN q.graded OR excluded.graded
                      ELSE q.graded END,
        best_score = greatest(q.best_score, excluded.best_score),
        attempts = q.attempts + 1,
        last_submitted_at = excluded.last_submitted_at;
  END IF;

  -- Once: a repeat keeps the first completion time.
  IF p_complete_lesson_id IS NOT NULL THEN
    INSERT INTO "progress"."lesson_completions" (progress_id, lesson_id, completed_at)
      VALUES (changed.id, p_complete_lesson_id, p_now)
      ON CONFLICT DO NOTHING;
  END IF;

  SELECT coalesce(array_agg(lesson_id ORDER BY completed_at, lesson_id), '{}') INTO completed
    FROM "progress"."lesson_completions" WHERE progress_id = changed.id;
  SELECT coalesce(jsonb_agg(jsonb_build_object('lesson_id', lesson_id, 'best_score', best_score,
      'graded', graded) ORDER BY lesson_id), '[]') INTO scores
    FROM "progress"."quiz_scores" WHERE progress_id = changed.id;

  counted := ARRAY(SELECT value::integer FROM jsonb_array_elements_text(p_counted_lesson_ids));
  percentage := CASE WHEN cardinality(counted) = 0 THEN 0
    ELSE round(100.0 * cardinality(ARRAY(SELECT unnest(counted) INTERSECT SELECT unnest(completed)))
      / cardinality(counted), 2) END;
  IF p_refuse_full AND percentage >= 100 THEN
    RAISE EXCEPTION 'a cached fact would complete the course' USING ERRCODE = 'SC100';
  END IF;

  INSERT INTO "progress"."outbox" (event_id, type, destination, payload, traceparent)
    SELECT p_event_id, p_event_type, destination,
        p_event || jsonb_build_object('completion_percentage', percentage, 'version', changed.version),
        p_traceparent
      FROM jsonb_array_elements_text(p_destinations) AS destination;

  RETURN jsonb_build_object('progress', to_jsonb(changed), 'completed', to_jsonb(completed), 'scores', scores);
END
$$;
