/**
 * The grading core: requests, the grader and its admission of runs, and each exercise's runs judged
 * into its result. It may use every step before reports, and the os package.
 */
package parproc.grader.grading;
