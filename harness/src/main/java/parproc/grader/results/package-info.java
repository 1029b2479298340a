/**
 * Steps 5 to 7, results: a check's verdict on one run, the histogram of verdicts across runs, and the
 * exercise's and submission's scores. It may use config.
 */
package parproc.grader.results;
