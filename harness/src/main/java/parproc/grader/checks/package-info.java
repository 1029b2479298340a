/**
 * Step 4, checks: one class per kind of check, each judging one observed run into a verdict.
 * It may use config, observations, results and checks.messages.
 */
package parproc.grader.checks;
