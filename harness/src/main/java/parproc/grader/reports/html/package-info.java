/**
 * The report page: a self-contained HTML file with the grade and SVG timelines of runs.
 * It may use results, observations and reports.timeline.
 */
package parproc.grader.reports.html;
