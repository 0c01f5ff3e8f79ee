"""Pure learning logic (no Panel, no database): quiz tries, grading, mastery, shuffling."""
