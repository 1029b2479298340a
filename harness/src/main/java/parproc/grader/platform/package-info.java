/**
 * The JUnit adapter: a grading as dynamic tests, one container per exercise and one test per check.
 * It may use grading, results and runs.isolation.
 */
package parproc.grader.platform;
