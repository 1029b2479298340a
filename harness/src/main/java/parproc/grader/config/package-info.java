/**
 * Step 1, grading-config: each exercise's YAML mapped to records, validated, and located errors.
 * It may use the root package only.
 */
package parproc.grader.config;
