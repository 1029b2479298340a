/**
 * Which file of a submission defines each exercise, from a survey of its Python files.
 * It may use config, runs and runs.isolation (the survey runs Python).
 */
package parproc.grader.submissions;
