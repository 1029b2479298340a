/**
 * A class: its submissions (folders, zips, Gradescope exports), seeds, shards, the gradebook CSV, the
 * class report page, resume and merge. It may use grading, reports, results and observations.
 */
package parproc.grader.gradebook;
