/**
 * One run laid out for drawing (lanes, writes, holds, waits, arrows), shared by the page and the
 * Trace Event export. It may use observations and runs.
 */
package parproc.grader.reports.timeline;
