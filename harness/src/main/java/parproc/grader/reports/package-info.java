/**
 * The grade rendered: text, JSON, Gradescope, JUnit XML, PrairieLearn and GitHub Classroom, and the
 * Format that names them. It may use results, observations and its subpackages.
 */
package parproc.grader.reports;
