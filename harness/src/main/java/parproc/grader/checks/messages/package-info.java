/**
 * One record per way a check fails, each wording itself for the student: expected, observed, what to try.
 * It uses only the JDK.
 */
package parproc.grader.checks.messages;
